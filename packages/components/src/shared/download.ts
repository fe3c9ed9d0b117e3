/**
 * Offers text to the user as a file download. The object URL is revoked after the click so
 * nothing leaks; works under a strict CSP (no inline script, no data: navigation).
 */
export function downloadText(document: Document, filename: string, text: string, type: string): Blob {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return blob;
}
