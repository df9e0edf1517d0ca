// The tables part of the Data page: export follow-ups, contacts and outcomes; import contacts from a CSV.
import { ContactImport } from './ContactImport';
import { ExportTables } from './ExportTables';
import './tables.css';

export function TablesSection() {
  return (
    <>
      <ExportTables />
      <ContactImport />
    </>
  );
}
