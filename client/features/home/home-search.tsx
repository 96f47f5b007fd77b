import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSearchCompletions } from '../../lib/use-search-completions';
import { Search } from '../../ui/icons';

/** The front page's search box: completions while typing, and the search page with the words on submit. */
export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const completions = useSearchCompletions(text);
  const id = useId();
  return (
    <search className="home-search">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const q = text.trim();
          navigate(q ? `/search?${new URLSearchParams({ q })}` : '/search');
        }}
      >
        <label htmlFor={id} className="home-search-label">
          {t('home.searchLabel')}
        </label>
        <div className="home-search-row">
          <input
            id={id}
            type="search"
            value={text}
            maxLength={200}
            placeholder={t('home.searchPlaceholder')}
            list={`${id}-completions`}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
          <datalist id={`${id}-completions`}>
            {completions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
          <button type="submit">
            <Search aria-hidden="true" size={18} />
            {t('search.submit')}
          </button>
        </div>
      </form>
    </search>
  );
}
