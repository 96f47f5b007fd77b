import { useTranslation } from 'react-i18next';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { roundForTeaser } from '../../../shared/listings/teaser';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { useFormat } from '../../ui/use-format';

type PreviewValues = {
  title?: string;
  categoryId?: string;
  quantity?: number;
  unit?: string;
  frequency?: string;
  description?: string;
  visibility?: 'public' | 'members';
  anonymous?: boolean;
};

/** What others will see, next to the form: confidentiality is why firms hold back, so it is spelled out. */
export function ListingPreview({
  values,
  municipalityCode,
}: {
  values: PreviewValues;
  municipalityCode: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const municipality = municipalityCode ? getMunicipality(municipalityCode)?.name : undefined;
  const hasQuantity = typeof values.quantity === 'number' && values.quantity > 0 && values.unit && values.frequency;
  return (
    <aside className="panel preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('listings.previewHeading')}</h2>
      <h3>{t('listings.previewAnonymous')}</h3>
      {values.visibility === 'members' ? (
        <p>{t('listings.previewNothing')}</p>
      ) : (
        <div className="teaser" data-testid="preview-teaser">
          <strong>{values.title || '…'}</strong>
          <p>
            {values.categoryId ? categoryName(values.categoryId, format.language) : '…'} · {municipality ?? '…'}
            {hasQuantity &&
              ` · ${t('listings.about', {
                quantity: format.quantity(
                  roundForTeaser(values.quantity as number),
                  values.unit as string,
                  values.frequency as string,
                ),
              })}`}
          </p>
        </div>
      )}
      <h3>{t('listings.previewMembers')}</h3>
      <div className="teaser">
        <strong>{values.title || '…'}</strong>
        <p>
          {hasQuantity && format.quantity(values.quantity as number, values.unit as string, values.frequency as string)}
        </p>
        <p className="clamp">{values.description}</p>
        <p>{values.anonymous ? t('listings.previewCompanyHidden') : t('listings.previewCompanyShown')}</p>
      </div>
    </aside>
  );
}
