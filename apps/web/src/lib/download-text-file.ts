/** Offers `text` as a download named `filename`, without a server round trip. */
export function downloadTextFile(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // After the click has handed the file to the browser; revoking at once can cancel it.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
