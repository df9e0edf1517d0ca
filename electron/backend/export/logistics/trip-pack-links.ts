// Links the phone trip pack opens: an address in the three map apps a delegation uses (Amap on the mainland, Apple
// Maps, Google Maps), searched by its Chinese form where there is one, and a phone number as a tel: link.

/** The three map searches for an address, in the order the pack shows them. */
export function mapLinks(query: string): { amap: string; apple: string; google: string } {
  const q = encodeURIComponent(query.trim());
  return {
    amap: `https://uri.amap.com/search?keyword=${q}`,
    apple: `https://maps.apple.com/?q=${q}`,
    google: `https://www.google.com/maps/search/?api=1&query=${q}`,
  };
}

/** "tel:+862112345678" from "+86 21 1234 5678" (spaces, dashes, dots and brackets dropped); undefined without digits. */
export function telLink(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}
