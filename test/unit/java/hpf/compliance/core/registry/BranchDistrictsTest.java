package hpf.compliance.core.registry;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BranchDistrictsTest {
    final BranchDistricts districts = new BranchDistricts()
            .add("YQ01", "城区，义井街道")
            .add("YQ02", "矿区、沙坪街道")
            .add("YQ04", "高新区 开发区")
            .add("YQ09", "新区")
            .add("YQ05", "平定县")
            .add("YQ06", "平定县冠山镇")
            .add("NONE", null);

    @Test
    void theBranchWhoseDistrictOccursInTheAddress() {
        assertEquals(Optional.of("YQ01"), districts.branchFor("山西省阳泉市城区桃北东街1号"));
        assertEquals(Optional.of("YQ02"), districts.branchFor("阳泉市沙坪街道28号"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(Optional.of("YQ04"), districts.branchFor("阳泉市高新区大连东路"));
        assertEquals(Optional.of("YQ06"), districts.branchFor("阳泉市平定县冠山镇南关村"));
    }

    @Test
    void nothingFoundOrATieIsLeftToTheOffice() {
        assertEquals(Optional.empty(), districts.branchFor("太原市小店区"));
        assertEquals(Optional.empty(), districts.branchFor(null));
        assertEquals(Optional.empty(), districts.branchFor("阳泉市城区矿区交界处"));
    }

    @Test
    void addressesAreComparedAsNamesAre() {
        // full-width characters and spaces do not hide a district
        assertEquals(Optional.of("YQ01"), districts.branchFor("阳泉市 城 区 １号"));
    }
}
