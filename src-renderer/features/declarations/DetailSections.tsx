import { useTranslation } from 'react-i18next';
import type { Declaration, GoodsItem } from '@shared/domain';
import { formatDate, formatDecimalString, formatInteger, formatMoney } from '../../i18n';
import { useLanguage } from '../../state';
import { ItemsTable } from './ItemsTable';

type SectionProps = { declaration: Declaration };

export function PartiesSection({ declaration }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h2>{t('detail.parties')}</h2>
      <table className="data-table compact">
        <thead>
          <tr>
            <th>{t('detail.party.role')}</th>
            <th>{t('detail.party.name')}</th>
            <th>{t('detail.party.identifier')}</th>
            <th>{t('detail.party.address')}</th>
            <th>{t('detail.party.country')}</th>
          </tr>
        </thead>
        <tbody>
          {declaration.parties.map((party) => (
            <tr key={`${party.role}-${party.identifier}`}>
              <td>{t(`partyRole.${party.role}`)}</td>
              <td>{party.name}</td>
              <td className="mono">{party.identifier}</td>
              <td>{party.address}</td>
              <td>{party.country}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function TransportSection({ declaration }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { transport } = declaration;
  const none = t('detail.none');
  return (
    <section className="panel">
      <h2>{t('detail.transport')}</h2>
      <dl className="fields">
        <dt>{t('detail.transportFields.mode')}</dt>
        <dd>{t(`transportMode.${transport.mode}`)}</dd>
        <dt>{t('detail.transportFields.means')}</dt>
        <dd>{[transport.meansName, transport.meansId].filter(Boolean).join(' · ') || none}</dd>
        <dt>{t('detail.transportFields.placeOfLoading')}</dt>
        <dd>{transport.placeOfLoading || none}</dd>
        <dt>{t('detail.transportFields.placeOfDischarge')}</dt>
        <dd>{transport.placeOfDischarge || none}</dd>
        <dt>{t('detail.transportFields.transportDocument')}</dt>
        <dd className="mono">{transport.transportDocument || none}</dd>
        <dt>{t('detail.transportFields.containers')}</dt>
        <dd className="mono">{transport.containers.join(', ') || none}</dd>
        <dt>{t('detail.transportFields.arrivalDate')}</dt>
        <dd>{formatDate(transport.arrivalDate, language)}</dd>
      </dl>
    </section>
  );
}

/**
 * What Korea's internal taxes turn on, as the item declares it ("1,998 cc", "전기", "위스키 40% vol"),
 * so the officer sees what the rate was chosen by; nothing when the item declares none of it.
 */
function ItemAttributes({ item }: { item: GoodsItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const liquor = [
    item.liquorCategory && t(`liquorCategory.${item.liquorCategory}`),
    item.alcoholStrengthPercent && `${formatDecimalString(item.alcoholStrengthPercent, language)}% vol`,
  ].filter(Boolean);
  const parts = [
    item.engineCapacityCc && `${formatDecimalString(item.engineCapacityCc, language)} cc`,
    item.electricVehicle !== undefined &&
      t(item.electricVehicle ? 'detail.item.electric' : 'detail.item.notElectric'),
    liquor.length > 0 && liquor.join(' '),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <div className="muted" data-testid="item-attributes">
      {parts.join(' · ')}
    </div>
  );
}

export function ItemsSection({ declaration }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const currency = declaration.valuation.invoiceCurrency;
  const row = (item: GoodsItem) => (
    <>
      <td className="numeric">{item.sequence}</td>
      <td className="mono">{item.hsCode}</td>
      <td>
        {item.description}
        <ItemAttributes item={item} />
      </td>
      <td>{item.originCountry}</td>
      <td>{item.preference?.agreement ?? t('detail.none')}</td>
      <td className="numeric">{`${formatDecimalString(item.quantity, language)} ${item.quantityUnit}`}</td>
      <td className="numeric">{formatDecimalString(item.netMassKg, language)}</td>
      <td className="numeric">{`${formatInteger(item.packages.count, language)} ${item.packages.kindCode}`}</td>
      <td className="numeric">{formatMoney(item.price, currency, language)}</td>
    </>
  );
  return (
    <section className="panel" data-testid="items">
      <h2>{t('detail.items')}</h2>
      <ItemsTable
        items={declaration.items}
        row={row}
        head={
          <tr>
            <th className="numeric">{t('detail.item.sequence')}</th>
            <th>{t('detail.item.hsCode')}</th>
            <th>{t('detail.item.description')}</th>
            <th>{t('detail.item.origin')}</th>
            <th>{t('detail.item.preference')}</th>
            <th className="numeric">{t('detail.item.quantity')}</th>
            <th className="numeric">{t('detail.item.netMass')}</th>
            <th className="numeric">{t('detail.item.packages')}</th>
            <th className="numeric">{t('detail.item.price')}</th>
          </tr>
        }
      />
    </section>
  );
}

export function RiskSection({ declaration }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h2>{t('detail.riskHits')}</h2>
      {declaration.riskHits.length === 0 ? (
        <p className="muted">{t('detail.noRiskHits')}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th>{t('detail.riskHit.code')}</th>
              <th>{t('detail.riskHit.description')}</th>
              <th className="numeric">{t('detail.riskHit.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {declaration.riskHits.map((hit) => (
              <tr key={hit.criterionCode}>
                <td className="mono">{hit.criterionCode}</td>
                <td>{hit.description}</td>
                <td className="numeric">{hit.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
