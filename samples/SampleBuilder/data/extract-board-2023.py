# Extracts the "Board Data Tables for Slide" of seeds/004_47daf1db886340a5.txt (its first copy, lines 31-383; the
# file repeats itself after) into board-2023-07.csv: one line per printed table row, figures as printed (a % sign
# dropped), the printed Trend, Target, RAG, Direction of travel and benchmarks kept as text. Refs and polarity are
# ours (README.md beside this file). Run from the repository root: python3 samples/SampleBuilder/data/extract-board-2023.py
import csv, re, sys

SEED = 'seeds/004_47daf1db886340a5.txt'
OUT = 'samples/SampleBuilder/data/board-2023-07.csv'
MONTHS = ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03',
          '2023-04', '2023-05', '2023-06', '2023-07']
# The seed's titles; None where the slide has none (ours in board-2023-07-tables.csv).
CODES = ['DEM', 'RSR', 'DIS', 'VIS', 'SUP', 'ASM', 'HLT', 'CLA', 'CPB', None, 'SVL', 'FAM', 'PSP']
EXTRA = ['target', 'rag', 'direction', 'own_2021_22', 'sn', 'se_region', 'england']

# Which way is better, only for the indicators the seed prints a target for: the target's side of the figures and
# the printed RAG agree on it in every case (a count of referrals with a target below it is red when above).
DOWN = ['referrals into statutory', 'Number of C&F assessments completed', 'subject to CP Plan', 'subject to CP plans',
        'children in our care', 'CLA per 10,000 under 18 population excluding UASC', 're-referrals', '2nd or more CP plan',
        '3+ placements', '3 or more placements', 'Residential placements', 'IFA placements', 'unregulated']

lines = open(SEED, encoding='utf-8').read().split('\n')[30:383]
tables, title, current = [], None, None
for line in lines:
    if not line.strip() or line.strip() in ('Sheet1', 'Board Data Tables for Slide'): continue
    cells = [c.strip('\t') for c in line.split('\t\t')]
    filled = [c for c in cells if c.strip()]
    if 'Indicator' in cells and 'Jul-22' in cells:
        current = {'title': title, 'ref_id': 'Ref_ID' in cells, 'header': cells[cells.index('Indicator'):], 'rows': []}
        tables.append(current); title = None; continue
    if filled and not re.match(r'^-?\d', filled[0]) and (len(filled) == 1 or all(re.match(r'^\d{4}-\d\d-\d\d$', c) for c in filled[1:])):
        title = filled[0].strip(); continue
    if current['ref_id']: ref_id, name, rest = cells[1].strip(), cells[2].strip(), cells[3:]
    else:
        first = next(i for i, c in enumerate(cells) if c.strip())
        ref_id, name, rest = '', cells[first].strip(), cells[first + 1:]
    current['rows'].append((ref_id, ' '.join(name.split()), rest))
assert len(tables) == 13, len(tables)

def unit(name, values):
    if any(v.endswith('%') for v in values) or name.startswith('Percentage'): return 'percent'
    return 'rate' if 'rate' in name.lower().split()[:2] or name.startswith('Rolling rate') else 'count'

refs, out, counters = {}, [], {}
for t, table in enumerate(tables, 1):
    trend = table['header'][-1] == 'Trend'
    for r, (ref_id, name, rest) in enumerate(table['rows'], 1):
        rest = rest + [''] * 21
        values = [v.strip() for v in rest[:13]]
        printed = [v.strip() for v in rest[13:14]] if trend else [v.strip() for v in rest[13:20]]
        # Corporate parenting board rows come from the board's own return, which stops at May-23: merged only among themselves.
        key = (name.lower(), tuple(values), CODES[t - 1] == 'CPB')
        if key not in refs:
            code = CODES[t - 1] or 'RSR'
            counters[code] = counters.get(code, 0) + 1
            refs[key] = f'{code}{counters[code]}'
        row = {'table': t, 'row': r, 'ref': refs[key], 'ref_id': ref_id, 'indicator': name, 'unit': unit(name, values)}
        row.update({m: v.rstrip('%') for m, v in zip(MONTHS, values)})
        row['trend'] = printed[0] if trend else ''
        row.update({k: (printed[i] if not trend and i < len(printed) else '') for i, k in enumerate(EXTRA)})
        has_target = row['target'] not in ('', '-')
        row['polarity'] = ('down' if any(d in name for d in DOWN) else 'up') if has_target else ''
        out.append(row)

with open(OUT, 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, ['table', 'row', 'ref', 'ref_id', 'indicator', 'unit', 'polarity', *MONTHS, 'trend', *EXTRA], lineterminator='\n')
    w.writeheader(); w.writerows(out)
print(f'{len(out)} rows, {len(set(r["ref"] for r in out))} indicators', file=sys.stderr)
