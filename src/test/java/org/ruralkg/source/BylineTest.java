package org.ruralkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineTest {
    private static void assertByline(String line, List<String> authors, String publisher) {
        Byline b = Byline.parse(line);
        assertEquals(authors, b.authors(), line);
        assertEquals(publisher, b.publisher(), line);
    }

    @Test
    void namesAndOutletsAreTold() {
        assertByline("(张莉文/图)", List.of("张莉文"), null);
        assertByline("（交城党建在线）", List.of(), "交城党建在线");
        assertByline("(张嘉豪 郭文彬)", List.of("张嘉豪", "郭文彬"), null);
        assertByline("(记者 张三 通讯员 李四)", List.of("张三", "李四"), null);
        assertByline("本报记者 王五", List.of("王五"), null);
        assertByline("(新华社记者 赵六)", List.of("赵六"), "新华社");
        assertByline("来源：人民网", List.of(), "人民网");
        assertByline("(文/图 阿依古丽·买买提)", List.of("阿依古丽·买买提"), null);
        assertByline("(人民日报)", List.of(), "人民日报");
    }

    @Test
    void sentencesDatesAndHeadingsAreNotBylines() {
        assertNull(Byline.parse("(2023-09-01)"));
        assertNull(Byline.parse("(据统计,全县共有三万户)"));
        assertNull(Byline.parse("文化振兴"));
        assertNull(Byline.parse("记者们在村里采访了三天"));
        assertNull(Byline.parse("村民在大棚里采摘香菇。"));
    }
}
