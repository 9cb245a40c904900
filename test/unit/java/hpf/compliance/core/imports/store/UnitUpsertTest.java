package hpf.compliance.core.imports.store;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.UnitAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitUpsertTest {
    static final Map<String, String> BRANCHES = Map.of("城区", "B1", "CQ", "B1", "矿区", "B2");
    static final Map<String, String> STATUS = Map.of("01", "HpfAcsNormal", "05", "HpfAcsSealed");

    static UnitAccount unit(String branch, String legalRep) {
        return new UnitAccount("A1", "甲公司", null, branch, AccountStatus.NORMAL, LocalDate.of(2020, 1, 1), null, 10, 100000,
                new BigDecimal("0.12"), new BigDecimal("0.12"), legalRep, null, null, null, null, 2);
    }

    @Test
    void decidesCreateUpdateUnchangedAndRejections() {
        UnitUpsert.Decision c = UnitUpsert.decide(unit("CQ", "张三"), null, BRANCHES, STATUS, BranchScope.CENTER);
        assertEquals(UnitUpsert.Action.CREATE, c.action());
        assertEquals("B1", c.fields().get("branchId"));
        assertEquals("HpfAcsNormal", c.fields().get("accountStatusEnumId"));

        Map<String, Object> stored = new HashMap<>(c.fields());
        assertEquals(UnitUpsert.Action.UNCHANGED, UnitUpsert.decide(unit("城区", null), stored, BRANCHES, STATUS, BranchScope.CENTER).action(),
                "an empty 法定代表人 keeps the stored one");
        UnitUpsert.Decision u = UnitUpsert.decide(unit("城区", "李四"), stored, BRANCHES, STATUS, BranchScope.CENTER);
        assertEquals(UnitUpsert.Action.UPDATE, u.action());
        assertEquals(Map.of("legalRepName", "李四"), u.fields());

        UnitUpsert.Decision unknown = UnitUpsert.decide(unit("不存在", null), null, BRANCHES, STATUS, BranchScope.CENTER);
        assertEquals("BRANCH_UNKNOWN", unknown.code());
        assertEquals("所属机构", unknown.column());

        BranchScope b1 = new BranchScope(true, Set.of("B1"));
        assertEquals("BRANCH_NOT_OWN", UnitUpsert.decide(unit("矿区", null), null, BRANCHES, STATUS, b1).code());
        stored.put("branchId", "B2");
        assertEquals("BRANCH_NOT_OWN", UnitUpsert.decide(unit("城区", null), stored, BRANCHES, STATUS, b1).code(),
                "a branch does not take over another branch's unit");
    }
}
