// Chromium 打印出的 PDF：只读用到的对象（页面树、书签、文档属性、封面和目录页），改动以增量更新追加在原文件之后。
// pdf-lib parses every object of a file up front and writes the whole file again: for a 500-page report that
// is some 8 s and 270 MB. Here pdf-lib's parser reads one object at a time, found through the file's
// cross-reference table, and its serialiser writes the changed objects after the original bytes (an
// incremental update, PDF 32000-1 7.5.6) — the printed bytes are never rewritten.
import {
  PDFArray,
  PDFContext,
  PDFCrossRefSection,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRef,
  PDFString,
  PDFTrailer,
  PDFTrailerDict,
  type PDFObject,
} from 'pdf-lib';

export class PrintError extends Error {
  override name = 'PrintError';
}

export interface OutlineEntry {
  title: string;
  /** 1-based physical page the entry leads to (0: a page not in the document). */
  page: number;
}

export interface PrintedPage {
  ref: PDFRef;
  dict: PDFDict;
  width: number;
  height: number;
}

const latin1 = (bytes: Uint8Array, from: number, to: number) => {
  const start = Math.max(0, from);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(to, bytes.length) - start)).toString('latin1');
};

export class PrintedPdf {
  /** Objects read or added, in pdf-lib's model; `context.register` numbers new ones after the file's. */
  readonly context = PDFContext.create();
  private readonly offsets = new Map<number, number>();
  private readonly changed = new Set<PDFRef>();
  private readonly trailer: PDFDict;
  private readonly startXref: number;
  private pageList: PrintedPage[] | undefined;

  constructor(readonly bytes: Uint8Array) {
    const tail = latin1(bytes, bytes.length - 1024, bytes.length);
    const at = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!at) throw new PrintError('打印出的 PDF 末尾没有 startxref，文件不完整。');
    this.startXref = Number(at[1]);
    this.trailer = this.readXref(this.startXref);
    this.context.largestObjectNumber = (this.trailer.get(PDFName.of('Size')) as PDFNumber).asNumber() - 1;
  }

  /** A classic cross-reference table (what Chromium writes) and its trailer; earlier sections through /Prev. */
  private readXref(offset: number): PDFDict {
    const text = latin1(this.bytes, offset, this.bytes.length);
    if (!text.startsWith('xref')) throw new PrintError(`PDF 的交叉引用表不在第 ${offset} 字节处（不是 Chromium 写出的格式）。`);
    const end = text.indexOf('trailer');
    const lines = text.slice(4, end).trim().split(/\r?\n|\r/);
    for (let i = 0; i < lines.length; ) {
      const [first, count] = lines[i]!.trim().split(/\s+/).map(Number) as [number, number];
      for (let k = 0; k < count; k++) {
        const [pos, , kind] = lines[i + 1 + k]!.trim().split(/\s+/);
        // A later section (read first) wins over the earlier ones it updates.
        if (kind === 'n' && !this.offsets.has(first + k)) this.offsets.set(first + k, Number(pos));
      }
      i += count + 1;
    }
    const trailer = PDFObjectParser.forBytes(this.bytes.subarray(offset + end + 'trailer'.length), this.context).parseObject();
    if (!(trailer instanceof PDFDict)) throw new PrintError('PDF 的 trailer 不是字典。');
    const prev = trailer.get(PDFName.of('Prev'));
    if (prev instanceof PDFNumber) this.readXref(prev.asNumber());
    return trailer;
  }

  /** The object a value stands for: a reference is read from the file the first time it is asked for. */
  resolve(value: PDFObject | undefined): PDFObject | undefined {
    if (!(value instanceof PDFRef)) return value;
    const known = this.context.lookup(value);
    if (known !== undefined) return known;
    const offset = this.offsets.get(value.objectNumber);
    if (offset === undefined) return undefined;
    const header = /^\s*\d+\s+\d+\s+obj/.exec(latin1(this.bytes, offset, offset + 40));
    if (!header) throw new PrintError(`PDF 对象 ${value.objectNumber} 不在交叉引用表所指的位置。`);
    const object = PDFObjectParser.forBytes(this.bytes.subarray(offset + header[0].length), this.context).parseObject();
    this.context.assign(value, object);
    return object;
  }

  dict(value: PDFObject | undefined): PDFDict | undefined {
    const o = this.resolve(value);
    return o instanceof PDFDict ? o : undefined;
  }

  get rootRef(): PDFRef {
    return this.trailer.get(PDFName.of('Root')) as PDFRef;
  }

  get catalog(): PDFDict {
    const root = this.dict(this.rootRef);
    if (!root) throw new PrintError('PDF 没有文档目录（/Root）。');
    return root;
  }

  /** The pages in order, with their size (MediaBox, inherited from the page tree where the page has none). */
  pages(): PrintedPage[] {
    if (this.pageList) return this.pageList;
    const out: PrintedPage[] = [];
    const walk = (ref: PDFObject | undefined, inherited: PDFArray | undefined) => {
      const node = this.dict(ref);
      if (!node || !(ref instanceof PDFRef)) return;
      const box = (this.resolve(node.get(PDFName.of('MediaBox'))) as PDFArray | undefined) ?? inherited;
      const kids = this.resolve(node.get(PDFName.of('Kids')));
      if (kids instanceof PDFArray) return kids.asArray().forEach((kid) => walk(kid, box));
      const [x0, y0, x1, y1] = (box?.asArray() ?? []).map((n) => (this.resolve(n) as PDFNumber).asNumber());
      out.push({ ref, dict: node, width: (x1 ?? 0) - (x0 ?? 0), height: (y1 ?? 0) - (y0 ?? 0) });
    };
    walk(this.catalog.get(PDFName.of('Pages')), undefined);
    return (this.pageList = out);
  }

  /** The outline (bookmarks) depth-first, which is document order, with the page each entry leads to. */
  outline(): OutlineEntry[] {
    const pageOf = new Map(this.pages().map((p, i) => [p.ref, i + 1]));
    const out: OutlineEntry[] = [];
    const walk = (first: PDFObject | undefined) => {
      for (let node = this.dict(first); node; node = this.dict(node.get(PDFName.of('Next')))) {
        const title = this.resolve(node.get(PDFName.of('Title')));
        const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
        // Chromium writes explicit destinations: [page /XYZ x y zoom].
        const dest = this.resolve(node.get(PDFName.of('Dest')));
        const page = dest instanceof PDFArray ? dest.get(0) : undefined;
        if (!(page instanceof PDFRef)) throw new PrintError(`PDF 书签“${text}”不是指向页面的直接目标（${String(dest)}），无法得出各标题所在页。`);
        out.push({ title: text, page: pageOf.get(page) ?? 0 });
        walk(node.get(PDFName.of('First')));
      }
    };
    walk(this.dict(this.catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First')));
    return out;
  }

  /** Records that an object read from the file was changed, so the update carries its new version. */
  touch(ref: PDFRef): void {
    this.changed.add(ref);
  }

  /** Sets the document information (creating the /Info dictionary if there is none). */
  setInfo(entries: Record<string, string>): void {
    const given = this.trailer.get(PDFName.of('Info'));
    const ref = given instanceof PDFRef ? given : this.context.register(this.context.obj({}));
    this.trailer.set(PDFName.of('Info'), ref);
    const info = this.dict(ref)!;
    for (const [key, value] of Object.entries(entries)) info.set(PDFName.of(key), PDFHexString.fromText(value));
    this.touch(ref);
  }

  /** The printed bytes followed by an incremental update with every object changed or added. */
  toBytes(): Uint8Array {
    const fileObjects = this.offsets;
    const written = this.context
      .enumerateIndirectObjects()
      .filter(([ref]) => this.changed.has(ref) || !fileObjects.has(ref.objectNumber))
      .sort(([a], [b]) => a.objectNumber - b.objectNumber);
    const xref = PDFCrossRefSection.createEmpty();
    const parts: Uint8Array[] = [this.bytes, Buffer.from('\n')];
    let offset = this.bytes.length + 1;
    const push = (chunk: Uint8Array) => {
      parts.push(chunk);
      offset += chunk.length;
    };
    const serialise = (o: { sizeInBytes(): number; copyBytesInto(b: Uint8Array, at: number): number }) => {
      const buffer = new Uint8Array(o.sizeInBytes());
      o.copyBytesInto(buffer, 0);
      return buffer;
    };
    for (const [ref, object] of written) {
      xref.addEntry(ref, offset);
      push(Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`));
      push(serialise(object));
      push(Buffer.from('\nendobj\n'));
    }
    const xrefAt = offset;
    push(serialise(xref));
    const trailer = this.context.obj({});
    for (const key of ['Root', 'Info', 'ID']) {
      const value = this.trailer.get(PDFName.of(key));
      if (value) trailer.set(PDFName.of(key), value);
    }
    trailer.set(PDFName.of('Size'), PDFNumber.of(this.context.largestObjectNumber + 1));
    trailer.set(PDFName.of('Prev'), PDFNumber.of(this.startXref));
    push(serialise(PDFTrailerDict.of(trailer)));
    push(Buffer.from('\n'));
    push(serialise(PDFTrailer.forLastCrossRefSectionOffset(xrefAt)));
    return Buffer.concat(parts);
  }
}
