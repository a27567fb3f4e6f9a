import { h } from '../lib/dom.js';
import { errorRoom } from './field-paths.js';
import { Rows, cell, choice, removeButton, rowErrors } from './form-parts.js';
import { MILESTONE_KINDS } from './vocabulary.js';

/** How many days ahead a date is recalled when the associate does not say: the appliance's default. */
const LEAD_DAYS = 14;

/**
 * Dates that come back every year, one row each: a birthday, an anniversary, an engagement, or one the
 * client names (its name is asked only then), the date it first happened (the years are counted from it)
 * and how many days ahead the associate wants to be reminded.
 */
export function milestoneRows(values, listLabel = 'Dates to remember') {
  return new Rows({ label: listLabel, add: '+ Date', values, cls: 'date-rows', make: (milestone, remove) => dateRow(milestone, remove) });
}

function dateRow(milestone, remove) {
  const kind = choice(MILESTONE_KINDS, milestone?.kind ?? 'birthday');
  const name = h('input', { class: 'text-field', autocomplete: 'off', maxlength: '80', value: milestone?.label ?? '', placeholder: 'First date, graduation…' });
  const on = h('input', { type: 'date', class: 'text-field', value: milestone?.date ?? '' });
  const lead = h('input', { type: 'number', class: 'text-field', min: '0', max: '90', inputmode: 'numeric', value: String(milestone?.leadDays ?? LEAD_DAYS) });
  const errors = { kind: errorRoom(kind), label: errorRoom(name), date: errorRoom(on), leadDays: errorRoom(lead) };
  const nameCell = cell('Which date', name, null, 'date-label');
  const showName = () => { nameCell.hidden = kind.value !== 'custom'; };
  kind.addEventListener('change', () => {
    showName();
    if (!nameCell.hidden) name.focus();
  });
  showName();
  return {
    element: h('li', { class: 'client-row date-row' },
      cell('Kind', kind, null, 'date-kind'),
      nameCell,
      cell('Date', on, null, 'date-on'),
      cell('Remind days before', lead, null, 'date-lead'),
      removeButton('this date', remove),
      rowErrors(errors)),
    focus: () => on.focus(),
    collect(path, paths) {
      const custom = kind.value === 'custom';
      if (!on.value && !(custom && name.value.trim())) return null;
      paths.put(path, on, errors.date);
      for (const field of ['kind', 'label', 'date', 'leadDays']) {
        paths.put(`${path}.${field}`, { kind, label: name, date: on, leadDays: lead }[field], errors[field]);
      }
      const written = { kind: kind.value, date: on.value };
      if (custom && name.value.trim()) written.label = name.value.trim();
      if (lead.value !== '') written.leadDays = Number(lead.value);
      return written;
    },
  };
}
