/** A select of named records (our team, the account's people), with an optional empty first choice. */
export function ChoiceSelect({
  items,
  value,
  onChange,
  empty,
  className,
  testId,
}: {
  items: readonly { id: string; name: string }[];
  value: string;
  onChange(id: string): void;
  empty?: string;
  className?: string;
  testId?: string;
}) {
  return (
    <select className={className} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </select>
  );
}
