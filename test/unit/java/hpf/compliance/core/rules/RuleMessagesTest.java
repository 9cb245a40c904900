package hpf.compliance.core.rules;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class RuleMessagesTest {
    /** Classes whose public String constants are message templates (every constant holding text with a space). */
    static final List<Class<?>> RULE_CLASSES = List.of(RegularizationRules.class, InterviewRules.class,
            ServiceRecordRules.class, EnforcementRules.class, CourtReferralRules.class, CampaignCalendar.class, NoticeNumbering.class);

    static List<String> templates() throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Class<?> c : RULE_CLASSES) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
                    out.add((String) f.get(null));
                }
            }
        }
        return out;
    }

    @Test
    void everyTemplateHasAChineseText() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (String t : templates()) if (!RuleMessages.all().containsKey(t)) missing.add(t);
        assertEquals(List.of(), missing);
    }

    @Test
    void placeholdersMatchInBothLanguages() {
        for (Map.Entry<String, String> e : RuleMessages.all().entrySet()) {
            assertEquals(placeholders(e.getKey()), placeholders(e.getValue()), e.getKey());
            assertFalse(e.getValue().isBlank());
            assertTrue(e.getValue().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), e.getValue());
        }
    }

    @Test
    void unknownTemplateFallsBackToItself() {
        assertEquals("nope", RuleMessages.zh("nope"));
        assertEquals("请填写申请理由", RuleMessages.zh(RegularizationRules.REASON_REQUIRED));
    }

    private static TreeSet<String> placeholders(String s) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}").matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
