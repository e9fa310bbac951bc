#!/usr/bin/env python3
"""Writes the .xlsx seeds of fuzz_xlsx into the folder given (scripts/fuzz.sh runs it): small
workbooks, most with stored (uncompressed) parts so the fuzzer mutates their XML directly."""
import sys
import zipfile
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def workbook(path, sheets, shared=None, compression=zipfile.ZIP_STORED, extra=None, date1904=False):
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        pr = '<workbookPr date1904="1"/>' if date1904 else ""
        entries = "".join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{entries}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
        if shared is not None:
            rels += f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>'
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="{PKG}">{rels}</Relationships>')
        for i, (_, data) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><dimension ref="A1:C3"/><sheetData>{data}</sheetData></worksheet>')
        if shared is not None:
            si = "".join(shared)
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{MAIN}" count="{len(shared)}" uniqueCount="{len(shared)}">{si}</sst>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    shared = ["<si><t>日期</t></si>", "<si><r><t>产品</t></r><r><t>名</t></r><rPh><t>x</t></rPh></si>", "<si><t>金额</t></si>"]
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
            '<row r="3"><c r="A3"><v>43831</v></c><c r="C3"><v>1234.5600000000001</v></c><c r="D3" t="b"><v>1</v></c>'
            '<c r="E3" t="e"><v>#N/A</v></c><c t="str"><f>A1</f><v>x</v></c></row>')
    inline = '<row><c t="inlineStr"><is><t>苹果</t></is></c><c><v>1E-3</v></c><c r="XFD1"><v>2</v></c></row>'
    workbook(out / "shared.xlsx", [("Sheet1", rows)], shared)
    workbook(out / "inline.xlsx", [("数据", inline), ("Two", rows)], shared, date1904=True)
    workbook(out / "deflated.xlsx", [("Sheet1", rows)], shared, zipfile.ZIP_DEFLATED)
    workbook(out / "nostrings.xlsx", [("Sheet1", inline)])
    workbook(out / "escape.xlsx", [("Sheet1", rows)], shared, extra={"xl/_rels/x.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="a" Target="../../../x"/></Relationships>'})


if __name__ == "__main__":
    main()
