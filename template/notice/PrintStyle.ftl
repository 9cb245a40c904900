<#-- Functions and the A4 style of the printed documents; include first, then <@printStyle/> in head.
     A4 page and official-document typography (GB/T 9704: 仿宋 body, 小标宋 title), shared by the printed letters.
     Fonts are listed by family name; the PDF renderer registers the CJK fonts configured in hpf_pdf_font_paths. -->
<#function h v=""><#if v?? && v?has_content><#return v?string?html><#else><#return ""></#if></#function>
<#-- what the unit failed to do, from the target type (HpfTargetType): 停缴 for a stopped unit, 欠缴 for one in arrears -->
<#function owedWord targetTypeEnumId=""><#if targetTypeEnumId == "HpfTtStopped"><#return "停缴"><#elseif targetTypeEnumId == "HpfTtArrears"><#return "欠缴"><#else><#return "欠缴（停缴）"></#if></#function>
<#macro printStyle><style type="text/css">
    /* page numbers as GB/T 9704 writes them, 「— 1 —」 in 4号 (14pt) 宋体 below the text block; CSS paged media
       margin boxes, which the PDF renderer and current browsers' print both support */
    @page { size: A4; margin: 30mm 25mm 28mm 26mm;
            @bottom-center { content: "— " counter(page) " —"; font-family: "SimSun", "STSong", "Noto Serif CJK SC", serif;
                             font-size: 14pt; vertical-align: top; padding-top: 7mm; } }
    body { font-family: "FangSong", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
           font-size: 14pt; line-height: 25pt; color: #000; margin: 0; }
    .authority { text-align: center; color: #c00; font-size: 26pt; font-weight: bold; letter-spacing: 2pt; margin-bottom: 4mm;
                 font-family: "FZXiaoBiaoSong-B05S", "STZhongsong", "SimHei", "Noto Serif CJK SC", serif; }
    .red-rule { border-top: 2pt solid #c00; margin: 2mm 0 6mm 0; }
    .title { text-align: center; font-size: 22pt; font-weight: bold; margin: 6mm 0 2mm 0;
             font-family: "FZXiaoBiaoSong-B05S", "STZhongsong", "SimHei", "Noto Serif CJK SC", serif; }
    .docno { text-align: center; margin-bottom: 6mm; }
    .addressee { margin: 4mm 0 2mm 0; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
    p.flush { text-indent: 0; }
    .law { margin: 1mm 0 1mm 0; }
    .law b { font-family: "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
    .signature { margin-top: 10mm; text-align: right; }
    .seal-area { display: inline-block; width: 72mm; border: 1pt dashed #999; text-align: center; padding: 4mm 0 4mm 0; }
    .seal-label { color: #999; font-size: 11pt; line-height: 16pt; margin-bottom: 8mm; }
    .note { font-size: 12pt; line-height: 20pt; margin-top: 10mm; border-top: 0.5pt solid #000; padding-top: 2mm; }
    table.form { width: 99%; table-layout: fixed; border-collapse: collapse; font-size: 13pt; line-height: 20pt; }
    table.form td, table.form th { border: 1pt solid #000; padding: 2mm 2mm; vertical-align: middle; box-sizing: border-box; word-wrap: break-word; }
    table.form th { width: 30mm; font-weight: normal; text-align: center; }
    .blank { display: inline-block; min-width: 30mm; border-bottom: 0.5pt solid #000; }
    .option { white-space: nowrap; }
    .sign-line { margin-top: 8mm; text-align: right; }
    .no-print { margin: 4mm 0; font-family: sans-serif; font-size: 11pt; }
    @media print { .no-print { display: none; } }
    @media screen { body { width: 156mm; margin: 10mm auto; padding: 20mm 26mm; box-shadow: 0 0 4mm #aaa; } }
</style></#macro>
