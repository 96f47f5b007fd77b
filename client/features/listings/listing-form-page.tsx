import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { ListingFieldsSchema, priceModels } from '../../../shared/listings/schemas';
import { annualQuantity, frequencies, type Unit, unitLabel, unitsForDimensions } from '../../../shared/listings/units';
import { getCategory } from '../../../shared/taxonomy/taxonomy';
import { applyServerErrors, useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, InvalidFieldsNote, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { languageOf } from '../../ui/format';
import { useFocusFirstInvalid } from '../../ui/forms';
import { useFormat } from '../../ui/use-format';
import { CategoryPicker } from './category-picker';
import { type ListingPhoto, PhotoEditor } from './listing-photos';
import { ListingPreview } from './listing-preview';

type FormValues = z.input<typeof ListingFieldsSchema>;
const fieldNames = Object.keys(ListingFieldsSchema.shape);

const today = () => new Date().toISOString().slice(0, 10);

function emptyListing(siteId: string, language: 'sv' | 'en'): FormValues {
  return {
    side: 'offer',
    type: 'material',
    categoryId: '',
    title: '',
    description: '',
    language,
    quantity: undefined as unknown as number,
    unit: 't',
    frequency: 'monthly',
    availableFrom: today(),
    availableUntil: null,
    siteId,
    priceModel: 'negotiable',
    priceSek: null,
    condition: '',
    specs: [],
    ewcCode: '',
    hazardous: false,
    acceptsHazardous: false,
    maxDistanceKm: null,
    visibility: 'public',
    anonymous: false,
  };
}

const optionalNumber = {
  setValueAs: (value: unknown) =>
    value === '' || value === null || value === undefined ? null : Number(String(value).replace(',', '.')),
};

/** One form for the three kinds, creating (/companies/:companyId/listings/new) or editing (/listings/:listingId/edit). */
export function ListingFormPage() {
  const { companyId: companyParam, listingId } = useParams();
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const existing = useQuery({
    ...trpc.listings.get.queryOptions({ listingId: listingId ?? '' }),
    enabled: Boolean(listingId),
  });
  const own = existing.data?.view === 'full' ? existing.data.own : null;
  const companyId = companyParam ?? own?.companyId ?? '';
  const company = useQuery({ ...trpc.companies.get.queryOptions({ companyId }), enabled: Boolean(companyId) });

  if ((listingId && existing.isPending) || company.isPending) return <p>{t('common.loading')}</p>;
  if (listingId && (!existing.data || !own || existing.data.view !== 'full')) {
    return <FormMessage kind="error">{t('listings.notFound')}</FormMessage>;
  }
  if (!company.data) return <FormMessage kind="error">{t('company.notFound')}</FormMessage>;
  const sites = company.data.sites;
  const initial: FormValues =
    existing.data?.view === 'full' && own
      ? {
          side: existing.data.side,
          type: existing.data.type,
          categoryId: existing.data.categoryId,
          title: existing.data.title,
          description: existing.data.description,
          language: existing.data.language,
          quantity: existing.data.quantity,
          unit: existing.data.unit as Unit,
          frequency: existing.data.frequency,
          availableFrom: existing.data.availableFrom,
          availableUntil: existing.data.availableUntil,
          siteId: own.siteId,
          priceModel: existing.data.priceModel,
          priceSek: existing.data.priceSek,
          condition: existing.data.condition ?? '',
          specs: existing.data.specs,
          ewcCode: existing.data.ewcCode ?? '',
          hazardous: existing.data.hazardous,
          acceptsHazardous: existing.data.acceptsHazardous,
          maxDistanceKm: existing.data.maxDistanceKm,
          visibility: existing.data.visibility,
          anonymous: existing.data.anonymous,
        }
      : emptyListing(sites[0]?.id ?? '', language);
  return (
    <ListingForm
      key={`${listingId ?? 'new'}-${own?.version ?? 0}`}
      companyId={companyId}
      listingId={listingId}
      version={own?.version}
      status={own?.status}
      photos={existing.data?.view === 'full' ? existing.data.photos : []}
      initial={initial}
      sites={sites.map((site) => ({
        id: site.id,
        label: `${site.name}, ${getMunicipality(site.municipalityCode)?.name ?? ''}`,
        municipalityCode: site.municipalityCode,
      }))}
      onReload={() => existing.refetch()}
    />
  );
}

function ListingForm({
  companyId,
  listingId,
  version,
  status,
  photos,
  initial: initialProp,
  sites,
  onReload,
}: {
  companyId: string;
  listingId: string | undefined;
  version: number | undefined;
  status: string | undefined;
  photos: readonly ListingPhoto[];
  initial: FormValues;
  sites: { id: string; label: string; municipalityCode: string }[];
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const format = useFormat();
  const navigate = useNavigate();
  const location = useLocation();
  const arrival = location.state as { draftSavedForPhotos?: boolean; photoFailure?: string | null } | null;
  const savedForPhotos = arrival?.draftSavedForPhotos === true;
  const queryClient = useQueryClient();
  const message = useMessage();
  // Fixed for the form's life: the page re-renders on refetches, and the form must not be reset by them.
  const [initial] = useState(initialProp);
  const draftKey = `sidestream.listing-draft.${companyId}.${listingId ?? 'new'}`;
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [stale, setStale] = useState(false);
  const [restored, setRestored] = useState(false);
  const create = useMutation(trpc.listings.create.mutationOptions());
  const update = useMutation(trpc.listings.update.mutationOptions());
  const publish = useMutation(trpc.listings.publish.mutationOptions());
  const focus = useFocusFirstInvalid();
  const form = useForm<FormValues, unknown, z.output<typeof ListingFieldsSchema>>({
    resolver: zodResolver(ListingFieldsSchema),
    defaultValues: initial,
    // useFocusFirstInvalid picks the first invalid field on the page; react-hook-form would pick by
    // registration order, where the category (a Controller) comes after the plain fields.
    shouldFocusError: false,
  });
  const specs = useFieldArray({ control: form.control, name: 'specs' });
  const values = useWatch({ control: form.control }) as FormValues;
  const errors = form.formState.errors;

  // What the user typed survives a reload: restored once, saved on every change, cleared on save.
  useEffect(() => {
    const stored = localStorage.getItem(draftKey);
    if (!stored) return;
    try {
      form.reset({ ...initial, ...(JSON.parse(stored) as FormValues) });
      setRestored(true);
    } catch {
      localStorage.removeItem(draftKey);
    }
  }, [draftKey, form, initial]);
  useEffect(() => {
    const untouched = JSON.stringify(initial);
    const subscription = form.watch((current) => {
      const snapshot = JSON.stringify(current);
      if (snapshot !== untouched) localStorage.setItem(draftKey, snapshot);
    });
    return () => subscription.unsubscribe();
  }, [form, draftKey, initial]);

  const category = values.categoryId ? getCategory(values.categoryId) : undefined;
  const allowedUnits = category?.dimensions
    ? unitsForDimensions(category.dimensions)
    : (['kg', 't', 'l', 'm3', 'pcs', 'pallets', 'hours', 'kWh', 'MWh'] as Unit[]);
  const annual =
    typeof values.quantity === 'number' && values.quantity > 0 && values.unit && values.frequency
      ? annualQuantity({ quantity: values.quantity, unit: values.unit, frequency: values.frequency })
      : null;

  type Fields = z.output<typeof ListingFieldsSchema>;
  /** Saves the listing (and publishes it when asked); answers its id, or null with the errors placed on the form. */
  const save = async (fields: Fields, mode: 'publish' | 'draft'): Promise<string | null> => {
    setNotice(null);
    try {
      let saved: { id: string };
      if (listingId && version) {
        const updated = await update.mutateAsync({ companyId, listingId, version, ...fields });
        saved =
          mode === 'publish' && status === 'draft'
            ? await publish.mutateAsync({ companyId, listingId, version: updated.version })
            : updated;
      } else {
        saved = await create.mutateAsync({ companyId, ...fields, publish: mode === 'publish' });
      }
      localStorage.removeItem(draftKey);
      await queryClient.invalidateQueries(trpc.listings.pathFilter());
      return saved.id;
    } catch (error) {
      if (
        error instanceof TRPCClientError &&
        error.data?.code === 'CONFLICT' &&
        error.message === 'validation.staleVersion'
      ) {
        setStale(true);
        return null;
      }
      const unplaced = applyServerErrors(error, form.setError, fieldNames);
      if (unplaced) setNotice({ kind: 'error', text: message(unplaced.message, unplaced.params) });
      return null;
    }
  };

  const submit = (mode: 'publish' | 'draft') =>
    focus.afterSubmit(
      form.handleSubmit(async (fields) => {
        const id = await save(fields, mode);
        if (id) navigate(`/listings/${id}`);
      }),
    );

  // A photo needs a listing to belong to: a new one is saved as a draft first, with the same checks as a submit.
  const saveDraftForPhotos = async (): Promise<string | null> => {
    const result: { id: string | null } = { id: null };
    await focus.afterSubmit(
      form.handleSubmit(async (fields) => {
        result.id = await save(fields, 'draft');
      }),
    )();
    return result.id;
  };

  const sideType = `${values.side}_${values.type}` as 'offer_material';
  return (
    <div className="listing-editor">
      <section className="panel">
        <h1>{listingId ? t('listings.editHeading') : t('listings.createHeading')}</h1>
        {restored && (
          <p role="status" className="form-success">
            {t('listings.draftRestored')}{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                localStorage.removeItem(draftKey);
                form.reset(initial);
                setRestored(false);
              }}
            >
              {t('listings.discardDraft')}
            </button>
          </p>
        )}
        {stale && (
          <div role="alert" className="form-error">
            <p>{t('listings.staleVersion')}</p>
            <button
              type="button"
              onClick={() => {
                localStorage.removeItem(draftKey);
                setStale(false);
                onReload();
              }}
            >
              {t('listings.reload')}
            </button>
          </div>
        )}
        {savedForPhotos && !arrival?.photoFailure && (
          <p role="status" className="form-success">
            {t('listings.draftSavedForPhotos')}
          </p>
        )}
        {arrival?.photoFailure && (
          <FormMessage kind="error">
            {t('listings.draftSavedPhotoFailed', { reason: arrival.photoFailure })}
          </FormMessage>
        )}
        <form ref={focus.ref} onSubmit={submit('publish')} noValidate>
          <fieldset>
            <legend>{t('listings.side')}</legend>
            {(['offer', 'need'] as const).map((side) => (
              <label key={side} className="choice">
                <input type="radio" value={side} {...form.register('side')} /> {t(`listings.sides.${side}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('listings.type')}</legend>
            {(['material', 'capacity'] as const).map((type) => (
              <label key={type} className="choice">
                <input
                  type="radio"
                  value={type}
                  {...form.register('type', { onChange: () => form.setValue('categoryId', '') })}
                />{' '}
                {t(`listings.types.${type}`)}
              </label>
            ))}
          </fieldset>
          <p className="hint">{t('listings.kindNote', { kind: t(`listings.kinds.${sideType}`) })}</p>
          <Controller
            control={form.control}
            name="categoryId"
            render={({ field, fieldState }) => (
              <CategoryPicker
                type={values.type ?? 'material'}
                value={field.value}
                inputRef={field.ref}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                onChange={(categoryId) => {
                  field.onChange(categoryId);
                  const dimensions = getCategory(categoryId)?.dimensions;
                  const fitting = dimensions ? unitsForDimensions(dimensions) : [];
                  if (fitting.length > 0 && !fitting.includes(form.getValues('unit')))
                    form.setValue('unit', fitting[0] as Unit);
                }}
              />
            )}
          />
          <TextField
            label={t('listings.title')}
            hint={t('listings.titleHint')}
            error={errors.title}
            {...form.register('title')}
          />
          <TextAreaField
            label={t('listings.description')}
            hint={t('listings.descriptionHint')}
            rows={6}
            error={errors.description}
            {...form.register('description')}
          />
          <div className="row">
            <TextField
              label={t('listings.quantity')}
              type="number"
              inputMode="decimal"
              step="any"
              min="0"
              error={errors.quantity}
              {...form.register('quantity', { valueAsNumber: true })}
            />
            <SelectField label={t('listings.unit')} error={errors.unit} {...form.register('unit')}>
              {allowedUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {unitLabel(unit, language)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('listings.frequency')} error={errors.frequency} {...form.register('frequency')}>
              {frequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`listings.frequencies.${frequency}`)}
                </option>
              ))}
            </SelectField>
          </div>
          {annual && (
            <p className="hint" aria-live="polite">
              {t('listings.annual', { value: format.amount(annual.value, annual.baseUnit) })}
            </p>
          )}
          <div className="row">
            <TextField
              label={t('listings.availableFrom')}
              type="date"
              error={errors.availableFrom}
              {...form.register('availableFrom')}
            />
            <TextField
              label={t('listings.availableUntil')}
              type="date"
              error={errors.availableUntil}
              {...form.register('availableUntil', { setValueAs: (value: string) => (value ? value : null) })}
            />
          </div>
          <SelectField label={t('listings.site')} error={errors.siteId} {...form.register('siteId')}>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.label}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('listings.priceModel')} error={errors.priceModel} {...form.register('priceModel')}>
            {priceModels.map((model) => (
              <option key={model} value={model}>
                {t(`listings.priceModels.${model}`)}
              </option>
            ))}
          </SelectField>
          {(values.priceModel === 'fixed' || values.priceModel === 'pays_for_removal') && (
            <TextField
              label={values.priceModel === 'fixed' ? t('listings.priceSekFixed') : t('listings.priceSekRemoval')}
              type="number"
              inputMode="decimal"
              step="any"
              min="0"
              error={errors.priceSek}
              {...form.register('priceSek', optionalNumber as never)}
            />
          )}
          <TextField label={t('listings.condition')} error={errors.condition} {...form.register('condition')} />
          <fieldset>
            <legend>{t('listings.specs')}</legend>
            {specs.fields.map((spec, index) => (
              <div key={spec.id} className="row">
                <TextField
                  label={t('listings.specKey')}
                  error={errors.specs?.[index]?.key}
                  {...form.register(`specs.${index}.key`)}
                />
                <TextField
                  label={t('listings.specValue')}
                  error={errors.specs?.[index]?.value}
                  {...form.register(`specs.${index}.value`)}
                />
                <button type="button" className="secondary" onClick={() => specs.remove(index)}>
                  {t('listings.removeSpec', { index: index + 1 })}
                </button>
              </div>
            ))}
            <button type="button" className="secondary" onClick={() => specs.append({ key: '', value: '' })}>
              {t('listings.addSpec')}
            </button>
          </fieldset>
          {values.type === 'material' && (
            <TextField
              label={t('listings.ewcCode')}
              hint={t('listings.ewcHint')}
              error={errors.ewcCode}
              {...form.register('ewcCode')}
            />
          )}
          <div className="field checkbox">
            <input id="listing-hazardous" type="checkbox" {...form.register('hazardous')} />
            <label htmlFor="listing-hazardous">{t('listings.hazardous')}</label>
          </div>
          {values.side === 'need' && (
            <>
              <div className="field checkbox">
                <input id="listing-accepts-hazardous" type="checkbox" {...form.register('acceptsHazardous')} />
                <label htmlFor="listing-accepts-hazardous">{t('listings.acceptsHazardous')}</label>
              </div>
              <TextField
                label={t('listings.maxDistanceKm')}
                type="number"
                inputMode="numeric"
                min="1"
                error={errors.maxDistanceKm}
                {...form.register('maxDistanceKm', optionalNumber as never)}
              />
            </>
          )}
          <PhotoEditor
            className="form-photos"
            listingId={listingId ?? null}
            title={values.title || t('listings.createHeading')}
            photos={photos}
            autoFocus={savedForPhotos}
            ensureListing={saveDraftForPhotos}
            onUploaded={(id, photoFailure) =>
              navigate(`/listings/${id}/edit`, { replace: true, state: { draftSavedForPhotos: true, photoFailure } })
            }
          />
          <fieldset>
            <legend>{t('listings.visibility')}</legend>
            {(['public', 'members'] as const).map((visibility) => (
              <label key={visibility} className="choice">
                <input type="radio" value={visibility} {...form.register('visibility')} />{' '}
                {t(`listings.visibilities.${visibility}`)}
              </label>
            ))}
          </fieldset>
          <div className="field checkbox">
            <input id="listing-anonymous" type="checkbox" {...form.register('anonymous')} />
            <label htmlFor="listing-anonymous">{t('listings.anonymous')}</label>
          </div>
          <SelectField label={t('listings.language')} {...form.register('language')}>
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </SelectField>
          {notice && <FormMessage kind={notice.kind}>{notice.text}</FormMessage>}
          {form.formState.submitCount > 0 && <InvalidFieldsNote errors={errors} />}
          <div className="actions">
            {listingId && status !== 'draft' ? (
              <button type="submit" disabled={form.formState.isSubmitting}>
                {t('listings.save')}
              </button>
            ) : (
              <>
                <button type="submit" disabled={form.formState.isSubmitting}>
                  {t('listings.publish')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={form.formState.isSubmitting}
                  onClick={submit('draft')}
                >
                  {t('listings.saveDraft')}
                </button>
              </>
            )}
          </div>
        </form>
      </section>
      <ListingPreview
        values={values}
        municipalityCode={sites.find((site) => site.id === values.siteId)?.municipalityCode}
      />
    </div>
  );
}
