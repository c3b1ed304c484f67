/**
 * Copy buttons: every `button.va-copy` rendered (hidden) at build time is shown and, when pressed,
 * copies its `data-copy-text`, or the text of the element named by `data-copy-from`, and says so in
 * the status element that follows it. Without JavaScript (or a clipboard) the buttons stay hidden
 * and the text can be selected by hand.
 */
export function enableCopyButtons(root: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.va-copy[hidden]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = button.dataset.copyFrom ? document.getElementById(button.dataset.copyFrom) : null;
      const text = button.dataset.copyText ?? source?.textContent ?? '';
      const status = button.nextElementSibling as HTMLElement | null;
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Copying failed: select the text and copy it.';
      }
    });
  }
}
