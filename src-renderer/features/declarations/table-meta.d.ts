import type { RowData } from '@tanstack/react-table';

// Column metadata the worklist reads when rendering cells: the class for its <th> and <td>
// (numbers align right, long names are cut short).
declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    className?: string;
  }
}
