<#-- The page shown instead of a PDF that could not be produced (EditNotice transition noticePdf).
     Context: failure (NO_CJK_FONT, RENDER_FAILED, NOT_FOUND or ERROR), documentName, noticeNumber, noticeId,
     detail (technical reason), fontSearch (where fonts were looked for), fontPathsSetting (hpf_pdf_font_paths),
     messages (errors of the call), notFoundName (what was not found, default 行政指导意见书), printTransition (the screen's transition printing the document from the browser). -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>无法生成PDF</title>
<style type="text/css">
    body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
           font-size: 15px; line-height: 1.7; color: #222; max-width: 46em; margin: 2em auto; padding: 0 1em; }
    h1 { font-size: 22px; color: #b71c1c; margin-bottom: 0.3em; }
    h2 { font-size: 17px; margin: 1.2em 0 0.3em 0; }
    code { background: #f3f3f3; padding: 0 0.3em; font-family: monospace; word-break: break-all; }
    .tech { color: #666; font-size: 13px; word-break: break-all; }
    .actions a { display: inline-block; margin-right: 1.5em; }
</style>
</head>
<body>
<h1>无法生成PDF</h1>
<p><#if noticeNumber?has_content>《${h(documentName)}》（${h(noticeNumber)}）的PDF未能生成。<#else>${h(documentName)}的PDF未能生成。</#if></p>
<#if failure == "NO_CJK_FONT">
<h2>原因</h2>
<p>服务器上没有可嵌入PDF的中文字体。生成PDF需要包含中文字符、采用TrueType轮廓的字体文件（.ttf 或 .ttc）；<#--
    -->Noto Sans CJK 等CFF轮廓的OpenType字体无法嵌入。</p>
<#if fontPathsSetting?has_content>
<p>配置属性 <code>hpf_pdf_font_paths</code> 当前为 <code>${h(fontPathsSetting)}</code>，设置后只在这些位置查找字体，其中没有可用的中文字体。</p>
<#else>
<p>未设置配置属性 <code>hpf_pdf_font_paths</code>，已在系统字体文件夹中查找，没有找到可用的中文字体。</p>
</#if>
<#if fontSearch?has_content><p class="tech">已查找：<#list fontSearch as p>${h(p)}<#sep>；</#list></p></#if>
<h2>解决办法（请系统管理员处理）</h2>
<ol>
    <li>在服务器上安装中文字体，例如 Debian / Ubuntu：<code>apt-get install fonts-wqy-microhei</code><#if fontPathsSetting?has_content>，<#--
        -->并将 <code>hpf_pdf_font_paths</code> 改为该字体（见下一条）或清空</#if>。Windows 服务器可使用系统自带的宋体（C:\Windows\Fonts\simsun.ttc）。</li>
    <li>或者将配置属性 <code>hpf_pdf_font_paths</code> 设为字体文件或所在文件夹（多个用逗号分隔），例如启动参数<#--
        --><code>-Dhpf_pdf_font_paths=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc</code>，<#--
        -->或在 MoquiConf.xml 中设置 <code>&lt;default-property name="hpf_pdf_font_paths" value="…"/&gt;</code>；修改配置后需重启服务。</li>
</ol>
<p>安装字体后重新点击下载即可。</p>
<#elseif failure == "NOT_FOUND">
<h2>原因</h2>
<p>未找到该${h(notFoundName!"行政指导意见书")}，或其属于其他分支机构。</p>
<#elseif failure == "RENDER_FAILED">
<h2>原因</h2>
<p>文书排版时出错，请将本页内容告知系统管理员。</p>
<#else>
<h2>原因</h2>
<#if messages?has_content><ul><#list messages as m><li>${h(m)}</li></#list></ul><#else><p>处理请求时出错，请将本页内容告知系统管理员。</p></#if>
</#if>
<#if detail?has_content><p class="tech">技术信息：${h(detail)}</p></#if>
<#if failure != "NOT_FOUND" && printTransition?has_content && noticeId?has_content>
<h2>现在可以</h2>
<p class="actions"><a href="${h(printTransition)}?noticeId=${h(noticeId?url("UTF-8"))}" target="_blank">在浏览器中打开并打印${h(documentName)}</a>
    （打印对话框中也可选择“另存为PDF”）</p>
</#if>
</body>
</html>
