import { Check, ChevronDown, X } from 'lucide-react';
import { type KeyboardEvent, type Ref, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  I18nProvider,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ListingType } from '../../../shared/taxonomy/categories';
import { useMessage } from '../../lib/errors';
import { categoryName } from '../../ui/category-name';
import { languageOf } from '../../ui/format';
import { type CategoryOption, categoryOptions, categoryPath } from './category-options';

/**
 * The category as a WAI-ARIA combobox (react-aria-components): typing filters by Swedish and
 * English names, trade words and synonyms; arrows move, Enter or a click selects, Escape closes;
 * the button opens the whole list. Nothing is chosen until the user chooses, and a choice shows
 * with the groups above it and can be cleared.
 */
export function CategoryPicker({
  type,
  value,
  onChange,
  onBlur,
  error,
  inputRef,
}: {
  type: ListingType;
  value: string;
  onChange: (categoryId: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const language = languageOf(i18n.language);
  const id = useId();
  const ownInput = useRef<HTMLInputElement | null>(null);
  const selectedName = value ? categoryName(value, language) : '';
  const [inputValue, setInputValue] = useState(selectedName);
  // A choice made elsewhere (a restored draft, a change of kind that clears it) shows in the box.
  useEffect(() => setInputValue(selectedName), [selectedName]);
  // While the box shows the chosen name, the list offers everything; typing narrows it.
  const query = inputValue === selectedName ? '' : inputValue;
  const options = useMemo(() => categoryOptions(query, language, type), [query, language, type]);

  // Enter on a list of one, with nothing highlighted, takes that one rather than clearing the text.
  const takeTheOnlyOption = (event: KeyboardEvent<HTMLDivElement>) => {
    const input = ownInput.current;
    if (event.key !== 'Enter' || !input || event.target !== input) return;
    const [only, ...rest] = options;
    if (query === '' || !only || rest.length > 0 || input.getAttribute('aria-activedescendant')) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(only.id);
  };

  return (
    <div className="field category-picker" onKeyDownCapture={takeTheOnlyOption}>
      {/* The library's own announcements ("3 options available") in the page's language, not the browser's. */}
      <I18nProvider locale={language === 'en' ? 'en-GB' : 'sv-SE'}>
        <ComboBox
          aria-describedby={value ? `${id}-choice` : undefined}
          items={options}
          inputValue={inputValue}
          onInputChange={(text) => {
            setInputValue(text);
            // Emptying the box is a way to take the choice back, as in any combobox.
            if (text === '' && value) onChange('');
          }}
          value={value || null}
          onChange={(key) => {
            const categoryId = key === null ? '' : String(key);
            // Both the text and the choice are controlled here, so the text follows the choice in the
            // same update; set later, it would count as typing and open the list again.
            setInputValue(categoryId ? categoryName(categoryId, language) : '');
            onChange(categoryId);
          }}
          onBlur={onBlur}
          isInvalid={Boolean(error)}
          allowsEmptyCollection
        >
          <Label>{t('listings.category')}</Label>
          <Text slot="description" className="hint">
            {t('listings.categorySearchHint')}
          </Text>
          <div className="combobox-control">
            <Input
              ref={(element) => {
                ownInput.current = element;
                if (typeof inputRef === 'function') inputRef(element);
                else if (inputRef) inputRef.current = element;
              }}
            />
            <Button className="combobox-toggle" aria-label={t('listings.categoryShowAll')}>
              <ChevronDown aria-hidden="true" size={18} />
            </Button>
          </div>
          <FieldError className="field-error">{message(error)}</FieldError>
          <Popover className="combobox-popover" placement="bottom start" offset={4}>
            <ListBox
              className="combobox-list"
              renderEmptyState={() => <p className="combobox-empty">{t('listings.categoryNone', { query })}</p>}
            >
              {(option: CategoryOption) => (
                <ListBoxItem id={option.id} textValue={option.name} className="combobox-option">
                  {({ isSelected }) => (
                    <>
                      <span className="combobox-option-text">
                        <Text slot="label">{option.name}</Text>
                        {option.parents && (
                          <Text slot="description" className="combobox-option-path">
                            {option.parents}
                          </Text>
                        )}
                      </span>
                      {isSelected && <Check aria-hidden="true" size={18} />}
                    </>
                  )}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      </I18nProvider>
      {value && (
        <p id={`${id}-choice`} className="combobox-choice">
          <span>
            {t('listings.categoryChosen')} <strong>{categoryPath(value, language)}</strong>
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onChange('');
              setInputValue('');
              ownInput.current?.focus();
            }}
          >
            <X aria-hidden="true" size={16} /> {t('listings.categoryClear')}
          </button>
        </p>
      )}
    </div>
  );
}
