import { TextField } from './text-field';

type SearchFieldProps = {
  label: string;
  hint: string;
  value: string;
  maxLength: number;
  onSearch: (value: string) => void;
};

/** The search box above a server-paged list: plain text, no autocomplete or spell check. */
export function SearchField({ label, hint, value, maxLength, onSearch }: SearchFieldProps) {
  return (
    <div className="search-field">
      <TextField
        type="search"
        name="search"
        label={label}
        hint={hint}
        value={value}
        onChange={(event) => onSearch(event.target.value)}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
