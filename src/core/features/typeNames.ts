// The one set of type names the user reads (hovers, Outline, pickers,
// views). Files keep their own values (person, organization, location,
// other; TIMEX3 types): these are labels, never written anywhere.

import type { DateType, EntityType } from '../model';

export const TYPE_NAMES: Readonly<Record<EntityType | 'date', string>> = {
  person: 'Person',
  organization: 'Organisation',
  location: 'Place',
  other: 'Other',
  date: 'Date',
};

/** Headings of lists by type (the Entities view). */
export const TYPE_NAMES_PLURAL: Readonly<Record<EntityType | 'date', string>> = {
  person: 'People',
  organization: 'Organisations',
  location: 'Places',
  other: 'Other',
  date: 'Dates',
};

/** The TIMEX3 type of a date mention, in the hover beside its value. */
export const DATE_TYPE_NAMES: Readonly<Record<DateType, string>> = {
  date: TYPE_NAMES.date,
  time: 'Time',
  duration: 'Duration',
  set: 'Set',
};
