/**
 * Offers a file to the user as a download. The object URL is revoked after the click so nothing
 * leaks; works under a strict CSP (no inline script, no data: navigation).
 */
export function downloadBlob(document: Document, filename: string, blob: Blob): Blob {
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

/** Offers text to the user as a file download (see downloadBlob). */
export function downloadText(document: Document, filename: string, text: string, type: string): Blob {
  return downloadBlob(document, filename, new Blob([text], { type }));
}
