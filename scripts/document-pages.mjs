// Page images of the logistics documents (issue 14), made from the sample trips through browser mode's API:
// `npm run build && node scripts/document-pages.mjs docs/documents`. Needs pdftoppm and pdfinfo (poppler-utils).
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
const out = process.argv[2];
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(path.join(tmpdir(), 'planner-pages-'));
const server = spawn('node', ['dist-electron/web.mjs', '--data-dir', dataDir], { cwd: process.cwd() });
let text = '';
const url = await new Promise((resolve) => {
  const read = (d) => { text += d; const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(text); if (m) resolve({ base: m[1], token: m[2] }); };
  server.stdout.on('data', read); server.stderr.on('data', read);
});
const call = async (method, input) => {
  const r = await fetch(`${url.base}/api/${method}`, { method: 'POST', headers: { authorization: `Bearer ${url.token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const body = await r.json();
  if (!r.ok || body.ok === false) throw new Error(`${method}: ${JSON.stringify(body).slice(0, 400)}`);
  return body.result ?? body.value ?? body;
};
const save = async (file, name) => {
  // The file the export made, fetched by its id as the window's download does.
  const r = await fetch(`${url.base}/api/files/${file.id}?token=${url.token}`);
  const buf = Buffer.from(await r.arrayBuffer());
  const path = `${out}/${name}`;
  writeFileSync(path, buf);
  return path;
};
try {
  const { loaded } = await call('samples.load', {});
  const hk = loaded.find((t) => t.sampleKey === 'hkstp-beijing-2025');
  const detail = await call('trips.get', { id: hk.id });
  const fanny = detail.members.find((m) => m.name.en === 'Fanny Wong');
  const car = detail.vehicles[0];
  const docs = [
    ['member-itinerary-en', 'export.memberItineraryPdf', { tripId: hk.id, memberId: fanny.id, language: 'en' }],
    ['driver-sheet-zh-Hans', 'export.driverSheetPdf', { tripId: hk.id, vehicleId: car.id, date: '2025-05-19', language: 'zh-Hans' }],
    ['principal-summary-en', 'export.principalSummaryPdf', { tripId: hk.id, date: '2025-05-19', language: 'en' }],
    ['host-programme-zh-Hans', 'export.hostProgrammePdf', { tripId: hk.id }],
    ['rooming-list-zh-Hant', 'export.roomingList', { tripId: hk.id, format: 'pdf', language: 'zh-Hant' }],
  ];
  for (const [name, method, input] of docs) {
    const file = await call(method, input);
    const pdf = await save(file, `${name}.pdf`);
    const pages = execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)[1];
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, `${out}/${name}`]);
    rmSync(pdf);
    console.log(`${name}: ${pages} page(s)`);
  }
  const manifest = await call('export.manifest', { tripId: hk.id, format: 'csv' });
  console.log('manifest:', await save(manifest, 'manifest-hkstp.csv'));
  const pack = await call('export.tripPack', { tripId: hk.id, memberId: fanny.id });
  console.log('trip pack:', await save(pack, 'trip-pack-fanny.html'));
  for (const t of loaded) {
    const d = await call('trips.get', { id: t.id });
    console.log(`${t.sampleKey}: ${d.stays.length} stays, ${d.vehicles.length} vehicles, ${d.rides.length} rides, ${d.events.filter((e) => e.travel?.number).length} numbered journeys`);
  }
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
