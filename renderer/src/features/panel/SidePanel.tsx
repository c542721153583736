// STUB: replaced by the side-panel work. Reads editorStore itself; takes no props.
export function SidePanel() {
  return <aside className="side-panel" data-testid="side-panel" data-kind="account" />;
}
