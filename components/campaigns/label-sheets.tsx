import type { AddressLabel } from "@/lib/campaigns/labels";
import { LABELS_PER_SHEET } from "@/lib/campaigns/model/vocabulary";

// A4 sheet of 12 labels, 2 columns × 6 rows, each 86.4 × 42.3 mm with 18.6 mm side and
// 21.6 mm top margins: the layout of the common 12面 address label stock. Millimetres, so
// the printout lands on the labels whatever the screen. Printing hides the app's menu
// (the shell's grid around #main) only while this page is shown: the rules need .label-sheets.
const CSS = `
.label-sheets { display: flex; flex-direction: column; align-items: center; gap: 16px; }
.label-sheet { width: 210mm; height: 297mm; box-sizing: border-box; padding: 21.6mm 18.6mm; display: grid;
  grid-template-columns: repeat(2, 86.4mm); grid-template-rows: repeat(6, 42.3mm); background: #fff; color: #000; overflow: hidden; }
.label { box-sizing: border-box; padding: 4mm 5mm 3.5mm 6mm; display: flex; flex-direction: column; overflow: hidden;
  font-size: 10pt; line-height: 1.35; font-feature-settings: normal; }
.label-postal { letter-spacing: 0.04em; }
.label-address { margin-top: 1mm; overflow-wrap: anywhere; }
.label-organization { margin-top: 0.8mm; font-size: 9pt; }
.label-name { margin-top: auto; padding-left: 6mm; font-size: 13pt; overflow-wrap: anywhere; }
@media screen {
  .label-sheet { box-shadow: 0 1px 3px rgb(15 23 42 / 0.2); }
  .label { outline: 1px dashed #cbd5e1; outline-offset: -2px; }
}
@media screen and (max-width: 640px) { .label-sheet { zoom: 0.44; } }
@page { size: A4; margin: 0; }
@media print {
  body:has(.label-sheets) { background: #fff !important; }
  body:has(.label-sheets) *:has(> #main) { display: block !important; min-height: 0 !important; }
  body:has(.label-sheets) *:has(> #main) > :not(#main) { display: none !important; }
  body:has(.label-sheets) #main { padding: 0 !important; }
  body:has(.label-sheets) #main > div { max-width: none !important; }
  .label-sheets { display: block; }
  .label-sheet { break-after: page; }
  .label-sheet:last-child { break-after: auto; }
}
`;

/** 宛名ラベル: 〒, address, organization and 「氏名 様」; `skip` leaves the first labels of a used sheet blank. */
export function LabelSheets({ labels, skip }: { labels: AddressLabel[]; skip: number }) {
  const cells: (AddressLabel | null)[] = [...Array<null>(skip).fill(null), ...labels];
  const sheets = Array.from({ length: Math.ceil(cells.length / LABELS_PER_SHEET) }, (_, i) =>
    cells.slice(i * LABELS_PER_SHEET, (i + 1) * LABELS_PER_SHEET),
  );
  return (
    <div className="label-sheets">
      <style>{CSS}</style>
      {sheets.map((sheet, i) => (
        <section key={i} className="label-sheet" aria-label={`${i + 1}枚目`}>
          {sheet.map((label, j) =>
            label ? (
              <div key={label.id} className="label" data-testid="address-label">
                <span className="label-postal">{label.postalCode ? `〒${label.postalCode}` : ""}</span>
                <span className="label-address">{label.address}</span>
                {label.organization && <span className="label-organization">{label.organization}</span>}
                <span className="label-name">{label.name} 様</span>
              </div>
            ) : (
              <div key={`blank-${j}`} className="label" aria-hidden />
            ),
          )}
        </section>
      ))}
    </div>
  );
}
