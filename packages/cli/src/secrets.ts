/** Values that must never reach the terminal (passwords, tokens, connection strings): masked in every message. */
export class Secrets {
  private readonly values = new Set<string>();

  /** Remembers `value` (ignored when too short to mask without garbling ordinary words). */
  add(value: string | undefined): void {
    if (value !== undefined && value.length >= 4) this.values.add(value);
  }

  /** `text` with every remembered value, and its URL-encoded form, replaced by "***". */
  mask(text: string): string {
    let masked = text;
    // Longest first, so a connection string is masked whole rather than around its password.
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) {
      masked = masked.split(value).join('***');
      const encoded = encodeURIComponent(value);
      if (encoded !== value) masked = masked.split(encoded).join('***');
    }
    return masked;
  }
}
