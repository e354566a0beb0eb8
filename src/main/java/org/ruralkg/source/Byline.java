package org.ruralkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline line such as "(张莉文/图)", "（交城党建在线）", "(记者 张三 通讯员 李四)" or "本报记者 王五", split into the
 * people named and the media outlet named.
 *
 * <pre>{@code
 * Byline b = Byline.parse("(记者 张三 通讯员 李四)");   // authors [张三, 李四], publisher null
 * }</pre>
 *
 * @param authors   personal names, role words removed
 * @param publisher the media outlet, or null
 */
record Byline(List<String> authors, String publisher) {
    private static final Pattern PARENS = Pattern.compile("^[(（]\\s*([^()（）]{1,40}?)\\s*[)）]$");
    /** Unbracketed bylines start with a role: 本报记者 王五, 记者 张三, 文/图 李四, 来源：人民网. */
    private static final Pattern OPEN = Pattern.compile(
            "^(?:(本报|本台|本刊)?(特约|见习)?(记者|通讯员)[\\s\u3000:：]+|(作者|来源|文/图|文|图|摄影|摄)\\s*[/:：]\\s*)"
                    + "\\S.{0,30}$");
    private static final Pattern ROLE = Pattern.compile(
            "(本报|本台|本刊)?(特约|见习|实习)?(记者|通讯员|作者|来源|文/图|文图|文|图|摄影|摄像|摄|编辑|责任编辑|责编|审核|校对|供稿)");
    private static final Pattern MEDIA = Pattern.compile(
            ".*(在线|网|报|日报|晚报|新闻|融媒|电视台|广播|发布|党建|公众号|客户端|社|中心|频道|杂志|传媒|之声|APP|app).*");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,6}[·•][\\p{IsHan}]{1,8}");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。！？!?，,；;]");

    Byline {
        authors = List.copyOf(authors);
    }

    /** The byline on {@code line}, or null when the line is not one. */
    static Byline parse(String line) {
        String s = line.strip();
        String content;
        Matcher m = PARENS.matcher(s);
        if (m.matches()) {
            content = m.group(1);
        } else if (OPEN.matcher(s).matches() && s.length() <= 40) {
            content = s;
        } else {
            return null;
        }
        if (content.isBlank() || SENTENCE_PUNCT.matcher(content).find() || Dateline.parse(content) != null) {
            return null;
        }
        List<String> authors = new ArrayList<>();
        String publisher = null;
        boolean dropNext = false;
        for (String token : content.split("[\\s\u3000、/|]+|(?<=[:：])")) {
            String t = token.replaceAll("[:：]$", "");
            if (t.isEmpty()) {
                continue;
            }
            if (ROLE.matcher(t).matches()) {
                dropNext = t.contains("编") || t.contains("审") || t.contains("校");
                continue;
            }
            // "新华社记者" or "人民网记者": outlet glued to a role word
            Matcher glued = Pattern.compile("(.+?)(特约|见习)?(记者|通讯员)$").matcher(t);
            if (glued.matches() && !glued.group(1).matches("本报|本台|本刊")) {
                publisher = publisher == null ? glued.group(1) : publisher;
                continue;
            }
            // "记者张三": role glued in front of a name
            Matcher lead = Pattern.compile("^(本报|本台|本刊)?(特约|见习)?(记者|通讯员|摄影)(.+)$").matcher(t);
            if (lead.matches() && NAME.matcher(lead.group(4)).matches()) {
                t = lead.group(4);
            }
            if (dropNext) {
                dropNext = false;
                continue;
            }
            if (NAME.matcher(t).matches() && !MEDIA.matcher(t).matches()) {
                authors.add(t);
            } else if (publisher == null) {
                publisher = t;
            }
        }
        if (authors.isEmpty() && publisher == null) {
            return null;
        }
        return new Byline(authors, publisher);
    }
}
