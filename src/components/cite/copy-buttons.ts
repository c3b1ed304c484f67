/**
 * Copy buttons: every `button.va-copy` rendered (hidden) at build time is shown and, when pressed,
 * copies its `data-copy-text`, the text of the element named by `data-copy-from`, or the file at
 * `data-copy-url` (fetched when pressed), and says so in the status element that follows it. Without JavaScript (or a clipboard) the buttons stay hidden
 * and the text can be selected by hand.
 */
export function enableCopyButtons(root: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.va-copy[hidden]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = button.dataset.copyFrom ? document.getElementById(button.dataset.copyFrom) : null;
      const status = button.nextElementSibling as HTMLElement | null;
      try {
        const text = button.dataset.copyUrl
          ? await fetchText(button.dataset.copyUrl)
          : (button.dataset.copyText ?? source?.textContent ?? '');
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Copying failed: select the text and copy it.';
      }
    });
  }
}

/** The text of a same-site file; throws on an HTTP error so that the button says copying failed. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
