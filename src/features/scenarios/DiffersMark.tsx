/** Marks a row whose values differ between scenarios: a visible word, not colour alone. */
export function DiffersMark({ differs }: { differs: boolean }) {
  if (!differs) return null;
  return <span className="tag compare__differs">Differs</span>;
}
