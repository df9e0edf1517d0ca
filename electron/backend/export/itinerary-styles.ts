// The itinerary's own print styles (assets/print/itinerary.css, after the shared print.css): the cover, a day per
// page, an event as a time column beside its details, and the venue card large enough to hold up to a driver.
import { printStylesheet } from './pdf/print-stylesheets';

export const itineraryCss = printStylesheet('itinerary');
