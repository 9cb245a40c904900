package hpf.compliance.checks;

import hpf.compliance.core.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers on the component's screens, services and templates, each kind in its own format ({@link Formats}):
 * <ul>
 *   <li>money inputs take fen: no {@code input-type="number"} (browsers then allow whole numbers only, step 1, and
 *       refuse 119962.07), a format (if any) of two decimals, and a service parameter of type BigDecimal (an Integer or
 *       Long parameter would drop the fen: Moqui converts with intValue());</li>
 *   <li>money shown with {@value Formats#MONEY};</li>
 *   <li>years and line numbers shown and edited with {@value Formats#PLAIN}: Moqui's default number format groups
 *       every number, so a year without a format shows as 2,025 and a line number as 13,349;</li>
 *   <li>any other number pattern on a screen is {@value Formats#COUNT} (counts), a percentage or a date pattern;</li>
 *   <li>template number patterns ({@code ?string("…")}) are money, counts or plain, and money gets two decimals.</li>
 * </ul>
 * Money fields are the component's entity fields of a currency type, and fields named like an amount.
 */
class NumberFieldsTest {
    static final String CHECK = "numbers";
    static final Pattern YEAR_OR_LINE = Pattern.compile("year|[a-z][A-Za-z]*Year\\d*|lineNumber|lineNo|line");
    static final Pattern AMOUNT_NAME = Pattern.compile("(?i)(.*amount.*)");
    static final Pattern NOT_AMOUNT = Pattern.compile(".*(Text|Id|Count|Months|Note)$");
    static final Set<String> TEMPLATE_PATTERNS = Set.of(Formats.MONEY, "," + Formats.MONEY.substring(2), Formats.COUNT,
            "," + Formats.COUNT.substring(2), Formats.PLAIN, "0");

    @Test
    void theComponentsNumbersFollowTheirFormats() throws IOException {
        Component c = Checks.component(Checks.componentDir());
        List<Problem> ps = run(c);
        assertEquals("", report(ps));
    }

    @Test
    void theCheckSeesAnIntegerOnlyMoneyInputAGroupedYearAndAnIntegerMoneyParameter(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("entity"));
        Files.createDirectories(dir.resolve("screen/App"));
        Files.createDirectories(dir.resolve("service/fx"));
        Files.createDirectories(dir.resolve("template"));
        Files.writeString(dir.resolve("component.xml"), "<component name=\"fx\"/>");
        Files.writeString(dir.resolve("entity/FxEntities.xml"), """
                <entities><entity entity-name="Deal" package="fx"><field name="dealId" type="id" is-pk="true"/>
                    <field name="pledge" type="currency-amount"/><field name="dealYear" type="number-integer"/></entity></entities>""");
        Files.writeString(dir.resolve("screen/App/EditDeal.xml"), """
                <screen><widgets><form-single name="F" transition="t">
                    <field name="pledge"><default-field><text-line input-type="number"/></default-field></field>
                    <field name="paidAmount"><conditional-field condition="x"><display/></conditional-field>
                        <default-field><text-line format="#,##0"/></default-field></field>
                    <field name="dealYear"><default-field><display/></default-field></field>
                    <field name="lineNumber"><default-field><display format="#,##0"/></default-field></field>
                    <field name="rate"><default-field><display format="#,##0.0"/></default-field></field>
                    <field name="note"><default-field><display text="${pledge}"/></default-field></field>
                </form-single></widgets></screen>""");
        Files.writeString(dir.resolve("service/fx/DealServices.xml"), """
                <services><service verb="create" noun="Deal"><in-parameters>
                    <parameter name="pledge" type="Long"/><parameter name="fineAmount"/><parameter name="amountText"/>
                    <parameter name="totalAmount" type="BigDecimal"/></in-parameters></service></services>""");
        Files.writeString(dir.resolve("template/Deal.html.ftl"), "${deal.pledge?string(\",##0\")} ${deal.workers?string(\",##0\")} ${x?string(\"0.0\")}");
        Component c = new Component(dir, FrameworkIndex.load(Checks.frameworkIndex(Checks.componentDir())));
        String r = report(run(c));
        for (String expected : List.of(
                "screen/App/EditDeal.xml:2:", "pledge: a number input",
                "screen/App/EditDeal.xml:3:", "paidAmount: money shown without format " + Formats.MONEY,
                "screen/App/EditDeal.xml:4:", "paidAmount: money input with format #,##0",
                "screen/App/EditDeal.xml:5:", "dealYear: a year or line number shown without format #",
                "screen/App/EditDeal.xml:6:", "lineNumber: a year or line number shown with format #,##0",
                "screen/App/EditDeal.xml:7:", "rate: number format #,##0.0 is none of",
                "service/fx/DealServices.xml:2:", "pledge: money parameter of type Long",
                "service/fx/DealServices.xml:2:", "fineAmount: money parameter of type String",
                "template/Deal.html.ftl:1:", "deal.pledge: money printed with ,##0",
                "template/Deal.html.ftl:1:", "number pattern 0.0")) {
            assertTrue(r.contains(expected), "expected '" + expected + "' in:\n" + r);
        }
        assertTrue(!r.contains("amountText") && !r.contains("totalAmount") && !r.contains("note:") && !r.contains("deal.workers"), r);
    }

    static String report(List<Problem> ps) {
        StringBuilder b = new StringBuilder();
        for (Problem p : ps) b.append(p).append('\n');
        return b.toString();
    }

    static List<Problem> run(Component c) throws IOException {
        Set<String> money = currencyFields(c);
        List<Problem> out = new ArrayList<>();
        List<Path> screens = new ArrayList<>(c.screenFiles());
        screens.addAll(c.templateXmlFiles());
        for (Path f : screens) {
            Element root = c.root(f);
            if (root == null) continue;
            for (Element field : Xml.all(root, "field")) {
                if (Xml.ancestor(field, "form-single", "form-list") == null) continue;
                String name = field.getAttribute("name");
                boolean isMoney = isMoney(name, money);
                boolean isPlain = YEAR_OR_LINE.matcher(name).matches();
                for (Element sub : Xml.children(field, "header-field", "conditional-field", "default-field")) {
                    if (sub.getTagName().equals("header-field")) continue;
                    for (Element w : Xml.children(sub)) {
                        String format = Xml.attr(w, "format");
                        if (w.getTagName().equals("text-line")) {
                            if ("number".equals(Xml.attr(w, "input-type")))
                                out.add(c.problem(CHECK, f, w, name + ": a number input (input-type=\"number\") takes whole numbers only in"
                                        + " browsers (step 1); use a text-line, the service parameter's type validates it"));
                            if (isMoney && format != null && !format.equals(Formats.MONEY))
                                out.add(c.problem(CHECK, f, w, name + ": money input with format " + format + "; use " + Formats.MONEY + " or none"));
                            if (isPlain && !Formats.PLAIN.equals(format))
                                out.add(c.problem(CHECK, f, w, name + ": a year or line number edited " + (format == null ? "without format" : "with format " + format)
                                        + " " + Formats.PLAIN + " (Moqui groups it: 2,025)"));
                        } else if (w.getTagName().equals("display")) {
                            if (Xml.attr(w, "text") != null) continue;
                            if (isMoney && !Formats.MONEY.equals(format))
                                out.add(c.problem(CHECK, f, w, name + ": money shown " + (format == null ? "without format" : "with format " + format)
                                        + " " + Formats.MONEY));
                            else if (isPlain && !Formats.PLAIN.equals(format))
                                out.add(c.problem(CHECK, f, w, name + ": a year or line number shown " + (format == null ? "without format" : "with format " + format)
                                        + " " + Formats.PLAIN + " (Moqui groups it: 13,349)"));
                            else if (format != null && isNumberPattern(format) && !Set.of(Formats.MONEY, Formats.COUNT, Formats.PLAIN).contains(format))
                                out.add(c.problem(CHECK, f, w, name + ": number format " + format + " is none of " + Formats.MONEY + " (money), "
                                        + Formats.COUNT + " (counts), " + Formats.PLAIN + " (years, line numbers)"));
                        }
                    }
                }
            }
        }
        for (Path f : c.serviceFiles()) {
            Element root = c.root(f);
            if (root == null || !root.getTagName().equals("services")) continue;
            for (Element in : Xml.all(root, "in-parameters")) {
                for (Element p : Xml.all(in, "parameter")) {
                    String name = p.getAttribute("name");
                    if (!isMoney(name, money)) continue;
                    String type = Xml.attr(p, "type");
                    String simple = type == null ? "String" : type.substring(type.lastIndexOf('.') + 1);
                    if (!simple.equals("BigDecimal"))
                        out.add(c.problem(CHECK, f, p, name + ": money parameter of type " + simple + "; declare type=\"BigDecimal\" so fen are kept and validated"));
                }
            }
        }
        Pattern interp = Pattern.compile("\\$\\{([A-Za-z0-9_.!]+)\\?string\\(\"([^\"]*)\"\\)");
        for (Path f : c.files("template", true, ".ftl")) {
            String[] lines = Files.readString(f).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = interp.matcher(lines[i]);
                while (m.find()) {
                    String expr = m.group(1), pattern = m.group(2);
                    String last = expr.substring(expr.lastIndexOf('.') + 1);
                    if (!isNumberPattern(pattern)) continue;
                    if (!TEMPLATE_PATTERNS.contains(pattern))
                        out.add(new Problem(CHECK, c.rel(f), i + 1, m.start() + 1, expr + ": number pattern " + pattern + " is none of " + TEMPLATE_PATTERNS));
                    else if (isMoney(last, money) && !pattern.endsWith(".00"))
                        out.add(new Problem(CHECK, c.rel(f), i + 1, m.start() + 1, expr + ": money printed with " + pattern + "; use ,##0.00 (two decimals)"));
                }
            }
        }
        out.sort(null);
        return out;
    }

    static boolean isMoney(String name, Set<String> currencyFields) {
        return currencyFields.contains(name) || (AMOUNT_NAME.matcher(name).matches() && !NOT_AMOUNT.matcher(name).matches());
    }

    static boolean isNumberPattern(String format) {
        return format.matches("[#0,.]+") && format.contains("#") || format.matches("[0,.]+");
    }

    /** Names of the component's entity fields of a currency type. */
    static Set<String> currencyFields(Component c) {
        Set<String> names = new HashSet<>();
        for (Path f : c.entityFiles()) {
            Element root = c.root(f);
            if (root == null) continue;
            for (Element field : Xml.all(root, "field")) {
                String type = Xml.attr(field, "type");
                if (type != null && type.startsWith("currency-")) names.add(field.getAttribute("name"));
            }
        }
        return names;
    }
}
