import { useId } from 'react';

export interface SegmentOption<T extends string | number> {
  value: T;
  label: string;
}

interface SegmentedProps<T extends string | number> {
  label: string;
  value: T;
  options: readonly SegmentOption<T>[];
  onChange(value: T): void;
  testId: string;
  hint?: string;
}

/**
 * A row of mutually exclusive choices (1× 2× 4×, white / transparent). Real radio buttons under the
 * segments, so arrow keys, screen readers and form semantics work as for any radio group.
 */
export function Segmented<T extends string | number>({ label, value, options, onChange, testId, hint }: SegmentedProps<T>) {
  const name = useId();
  const labelId = `${name}-label`;
  return (
    <div className="xp-option">
      <span className="xp-option-label" id={labelId}>
        {label}
      </span>
      <div className="xp-option-control">
        <div className="segmented" role="radiogroup" aria-labelledby={labelId}>
          {options.map((option) => {
            const checked = option.value === value;
            return (
              <label key={String(option.value)} className={`segment${checked ? ' segment-on' : ''}`}>
                <input className="covering-input" type="radio" name={name} value={String(option.value)} checked={checked} data-testid={testId} onChange={() => onChange(option.value)} />
                <span>{option.label}</span>
              </label>
            );
          })}
        </div>
        {hint ? <span className="xp-hint">{hint}</span> : null}
      </div>
    </div>
  );
}
