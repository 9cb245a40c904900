package hpf.compliance.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options of a command as {@code --name value} or {@code --name=value}; unknown or missing ones are refused in Chinese. */
final class CliArgs {
    private CliArgs() {}

    static Map<String, String> parse(String[] args, int from, Set<String> known, List<String> required) {
        Map<String, String> m = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            } else {
                if (i + 1 >= args.length) throw new IllegalArgumentException("选项 " + a + " 缺少取值");
                value = args[++i];
            }
            if (!known.contains(a)) throw new IllegalArgumentException("未知选项：" + a);
            m.put(a, value);
        }
        for (String req : required) {
            if (!m.containsKey(req)) throw new IllegalArgumentException("缺少必需的选项 " + req);
        }
        return m;
    }
}
