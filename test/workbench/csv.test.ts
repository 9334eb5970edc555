import { strict as assert } from 'node:assert';
import { decodeCsv, readCsv, readCsvText, UnknownEncodingError } from '../../src/workbench/files';
import { csvWorkbook } from '../../src/workbench/file-actions';
import { sayer } from '../../src/workbench/words';

/** Bytes of `text` in a double-byte code page, from a table built by decoding every lead and trail byte pair. */
function legacyBytes(text: string, encoding: 'gbk' | 'shift_jis'): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  for (let b = 0xa1; b <= 0xdf && encoding === 'shift_jis'; b += 1) table.set(decoder.decode(new Uint8Array([b])), [b]);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? assert.fail(`no ${encoding} bytes for ${ch}`))));
}

/** Hostile and odd CSV files (issue 23, item 6): read as Excel reads them, or said why not — never merged, misread or garbled. */
describe('workbench CSV: hostile and odd files', () => {
  it('keeps a quote inside an unquoted field literal: 12" Mill is one field and the rows stay apart', () => {
    assert.deepEqual(readCsv('Facility,Sector,t\n12" Mill,steel,30000\nKiln 2,cement,41000\n'), [
      ['Facility', 'Sector', 't'], ['12" Mill', 'steel', 30000], ['Kiln 2', 'cement', 41000],
    ]);
    assert.deepEqual(readCsv('a;b\n5" pipe;"x;y"\n'), [['a', 'b'], ['5" pipe', 'x;y']]);
  });

  it('reads a semicolon file whose numbers use decimal commas as Europe writes them: 26,500 t is 26.5 t', () => {
    const reading = readCsvText('Anlage;Sektor;Emissionen (t);Intensität\nWerk 1;Zement;26,500;0,85\nWerk 2;Stahl;1.234,5;0,9\n');
    assert.deepEqual(reading.rows, [['Anlage', 'Sektor', 'Emissionen (t)', 'Intensität'], ['Werk 1', 'Zement', 26.5, 0.85], ['Werk 2', 'Stahl', 1234.5, 0.9]]);
    assert.deepEqual(reading.decimalComma, { example: '0,85', value: 0.85 });
    assert.equal(reading.ambiguous, undefined);
  });

  it('keeps 26,500 as text and says so when nothing in a semicolon file tells a decimal comma from a thousands separator', () => {
    const reading = readCsvText('Plant;Sector;Direct emissions (t);Units\nKiln;cement;26,500;3\nMill;steel;31,200;4\n');
    assert.deepEqual(reading.rows.slice(1), [['Kiln', 'cement', '26,500', 3], ['Mill', 'steel', '31,200', 4]]);
    assert.deepEqual(reading.ambiguous, { columns: [2], example: '26,500', comma: '26.5', thousands: '26500' });
    const book = csvWorkbook(new TextEncoder().encode('Plant;Sector;Direct emissions (t)\nKiln;cement;26,500\n'), 'plants.csv');
    assert.deepEqual(book.notes, [' Kept as text: C (Direct emissions (t)), whose numbers such as 26,500 could be 26.5 (a decimal comma, as in files saved ' +
      'with semicolons in Europe) or 26500 (a thousands separator); nothing else in the file tells which. Replace the comma with the separator you mean and they compute.']);
    const zh = csvWorkbook(new TextEncoder().encode('Plant;t\nKiln;26,500\n'), 'plants.csv', sayer('zh-CN'));
    assert.match(zh.notes![0]!, /^以下列保留为文本：B \(t\)。其中如 26,500 的数字既可能是 26.5/);
  });

  it('follows the file where it tells: a decimal point makes the comma a thousands separator; tabs with decimal commas too', () => {
    assert.deepEqual(readCsv('a;b\n26,500;0.85\n'), [['a', 'b'], [26500, 0.85]]);
    assert.deepEqual(readCsv('a\tb\n26,500\t0,85\n'), [['a', 'b'], [26.5, 0.85]]);
    assert.deepEqual(readCsv('a\tb\n26,500\t3\n'), [['a', 'b'], [26500, 3]], 'a tab file with nothing to tell reads as before');
    assert.deepEqual(readCsv('a,b\n"26,500",3\n'), [['a', 'b'], [26500, 3]], 'a comma file cannot hold a decimal comma unquoted');
  });

  it('tells GBK (GB18030) and Shift-JIS files from their bytes, and decodes them as their characters', () => {
    const chinese = '设施,行业,直接排放 (tCO2e)\r\n白云水泥厂,水泥,31200\r\n林西钢铁,钢铁,45000\r\n';
    assert.deepEqual(decodeCsv(legacyBytes(chinese, 'gbk')), { text: chinese, encoding: 'gb18030' });
    const japanese = '施設,業種,排出量\r\nさくらセメント,セメント,31200\r\nみなと製鉄所,鉄鋼,45000\r\n';
    assert.deepEqual(decodeCsv(legacyBytes(japanese, 'shift_jis')), { text: japanese, encoding: 'shift_jis' });
    assert.deepEqual(decodeCsv(Buffer.from('Café,Müller\r\nSão Paulo,1\r\n', 'latin1')), { text: 'Café,Müller\r\nSão Paulo,1\r\n', encoding: 'windows-1252' });
    const book = csvWorkbook(legacyBytes(chinese, 'gbk'), '客户.csv', sayer('zh-CN'));
    assert.equal(book.sheets[0]!.cells[1]![0], '白云水泥厂');
    assert.deepEqual(book.notes, ['该文件不是 UTF-8 编码：已按 GB18030 / GBK 读取。']);
  });

  it('tells UTF-16 without its byte-order mark by its zero bytes', () => {
    const text = 'Facility,Sector\r\n白云水泥,cement\r\n';
    const le = Buffer.from(text, 'utf16le');
    assert.deepEqual(decodeCsv(le), { text, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    assert.deepEqual(decodeCsv(be), { text, encoding: 'utf-16be' });
  });

  it('reports UTF-8 with bytes that are not UTF-8 rather than reading it all as another code page', () => {
    const bytes = Buffer.concat([Buffer.from('设施,t\r\n白云水泥,31200\r\nKiln '), Buffer.from([0xff]), Buffer.from(',9\r\n')]);
    const decoded = decodeCsv(bytes);
    assert.equal(decoded.text, '设施,t\r\n白云水泥,31200\r\nKiln \ufffd,9\r\n');
    assert.deepEqual(decoded.invalid, { count: 1, line: 3 });
    assert.deepEqual(csvWorkbook(bytes, 'x.csv').notes, [' Bytes of the file that are not valid UTF-8: 1 (the first on line 3); they show as �. The file may be damaged or mix encodings.']);
  });

  it('refuses bytes whose encoding cannot be told, naming the candidates', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\r\n'), Buffer.from([0x81, 0x81, 0x81, 0x81, 0x82, 0x85]), Buffer.from(',1\r\n')]);
    assert.throws(() => decodeCsv(bytes), (e: unknown) => e instanceof UnknownEncodingError && e.candidates.includes('Windows-1252'));
  });
});
