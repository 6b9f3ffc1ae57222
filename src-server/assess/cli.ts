// npm run -s assess -- --profile uk --tariff <ukgt csv> --rates <hmrc rates csv> --declaration <file> [--json]
import { runAssess } from './run';

const outcome = await runAssess(process.argv.slice(2));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
