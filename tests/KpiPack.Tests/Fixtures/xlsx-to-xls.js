// How Fixtures/appendix-2020-06.xls was made (no .xls writer runs in .NET here): the Jun-20 appendix that
// CouncilAppendix writes as .xlsx, saved as BIFF8 by SheetJS (npm package xlsx 0.18.5):
//   npm install xlsx@0.18.5 && node xlsx-to-xls.js appendix-2020-06.xlsx appendix-2020-06.xls
// SheetJS cuts strings at 255 characters in BIFF8, so the longer commentaries are shorter in the .xls.
const XLSX = require('xlsx');
const [src, dst] = process.argv.slice(2);
const wb = XLSX.readFile(src, { cellStyles: true, cellNF: true });
XLSX.writeFile(wb, dst, { bookType: 'biff8', cellStyles: true });
