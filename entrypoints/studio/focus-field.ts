/**
 * A link to a field in the studio moves the keyboard focus there too (a plain
 * in-page link would only scroll), opening the folded rule or clause it is in.
 */
export function focusField(event: Event, id: string): void {
  event.preventDefault();
  const focus = () => {
    const target = document.getElementById(id);
    if (!target) return false;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  };
  if (focus()) return;
  // A folded group draws its fields once opened: open the one the field belongs to, then focus it.
  const folded = [...document.querySelectorAll<HTMLElement>('details.fold')].find((fold) => `${id}.`.startsWith(fold.dataset.fieldPrefix ?? '\u0000'));
  if (!folded) return;
  folded.querySelector('summary')?.click();
  requestAnimationFrame(() => setTimeout(focus, 0));
}
