package hpf.compliance.moqui

import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared

import java.sql.Timestamp
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter

/**
 * The server on UTC (Moqui's default_time_zone), the staff on Asia/Shanghai, and the clock at 20:30Z, which is 04:30
 * of the next day in Shanghai: every date the component defaults, stores, prints or compares is the Shanghai date.
 * The service specs set Moqui's effective time to that instant; screens render in a thread of their own without the
 * effective time, so the screen spec gives its user a zone that is a day apart from UTC at the real time instead.
 */
class TimeZoneTests extends HpfSpec {
    static final ZoneId SHANGHAI = ZoneId.of('Asia/Shanghai')
    static final String TZ_BRANCH_USER = 'hpft.tz.branch'
    static final String TZ_OFFICE_USER = 'hpft.tz.office'
    static final String TZ_YQ01_USER = 'hpft.tz.yq01'

    /** yesterday (UTC) at 20:30Z: today 04:30 in Shanghai, still yesterday on the server */
    @Shared Instant acrossMidnight
    @Shared LocalDate shanghaiDay
    @Shared LocalDate serverDay

    void setupFixtures() {
        acrossMidnight = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(20, 30).toInstant(ZoneOffset.UTC)
        shanghaiDay = acrossMidnight.atZone(SHANGHAI).toLocalDate()
        serverDay = acrossMidnight.atZone(TimeZone.getDefault().toZoneId()).toLocalDate()
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            PushFixtures.setup(ec)
            ApplicationFixtures.setup(ec)
            def from = Timestamp.valueOf('2026-01-01 00:00:00')
            [[userId: 'HPFT_TZ_BRANCH', username: TZ_BRANCH_USER, group: 'HPF_BRANCH', branchId: ApplicationFixtures.BRANCH],
             [userId: 'HPFT_TZ_OFFICE', username: TZ_OFFICE_USER, group: 'HPF_OFFICE'],
             [userId: 'HPFT_TZ_YQ01', username: TZ_YQ01_USER, group: 'HPF_BRANCH', branchId: 'YQ01']].each { Map u ->
                ec.entity.makeValue("moqui.security.UserAccount").setAll([userId: u.userId, username: u.username,
                        userFullName: '时区测试' + u.userId[-4..-1], locale: 'zh_CN', timeZone: 'Asia/Shanghai']).createOrUpdate()
                ec.entity.makeValue("moqui.security.UserGroupMember").setAll([userGroupId: u.group, userId: u.userId, fromDate: from]).createOrUpdate()
                if (u.branchId) ec.entity.makeValue("hpf.compliance.BranchStaff").setAll([branchId: u.branchId, userId: u.userId,
                        fromDate: from, staffRoleEnumId: 'HpfSrStaff']).createOrUpdate()
            }
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    void cleanFixtures() {
        ec.user.setEffectiveTime(null)
        // the YQ01 staff row would otherwise stay in a demo branch and change the demo data's counts
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            ec.entity.find("hpf.compliance.BranchStaff").condition("userId", "in", ['HPFT_TZ_BRANCH', 'HPFT_TZ_OFFICE', 'HPFT_TZ_YQ01'])
                    .disableAuthz().deleteAll()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
        PushFixtures.clean(ec)
    }

    void afterFeature() { ec.user.setEffectiveTime(null) }

    /** logs in a user whose zone is Asia/Shanghai and moves the clock to 20:30Z */
    void shanghaiUserAt(String username, Instant at) {
        PushFixtures.login(ec, username)
        if (ec.user.timeZone.getID() != 'Asia/Shanghai') ec.user.setTimeZone(TimeZone.getTimeZone('Asia/Shanghai'))
        ec.user.setEffectiveTime(Timestamp.from(at))
    }

    /** the review rows of the printed approval form (步骤意见 … up to the end of the row) */
    static List<String> reviewRows(String html) {
        return html.split('意见</th>').drop(1).collect { it.substring(0, Math.max(0, it.indexOf('</tr>'))) }
    }

    static String chineseDate(LocalDate d) { "${d.year}年${d.monthValue}月${d.dayOfMonth}日" }

    def "the server runs on UTC and the instant is across midnight for Shanghai"() {
        expect:
        TimeZone.getDefault().getOffset(acrossMidnight.toEpochMilli()) == 0
        serverDay == shanghaiDay.minusDays(1)
    }

    def "a letter issued at 04:30 in Shanghai is dated that day and prints that day"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        shanghaiUserAt(PushFixtures.YQ01_USER, acrossMidnight)

        when:
        Map out = ec.service.sync().name("hpf.compliance.NoticeServices.issue#GuidanceNotice").parameters([targetId: targetId]).call()
        Map notice = PushFixtures.notice(ec, out.noticeId as String)
        Map print = ec.service.sync().name("hpf.compliance.NoticeServices.get#NoticePrintInfo").parameters([noticeId: out.noticeId]).call()

        then:
        !ec.message.hasError()
        notice.issueDate.toString() == shanghaiDay.toString()
        print.issueDateText == chineseDate(shanghaiDay)
        notice.noticeNumber.contains('〔' + shanghaiDay.year + '〕')
    }

    def "an interview entered at 04:00 in Shanghai prints as 4时00分 of that day"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        shanghaiUserAt(PushFixtures.YQ01_USER, acrossMidnight)
        Instant at0400 = acrossMidnight.minusSeconds(30 * 60)

        when:
        Map out = ec.service.sync().name("hpf.compliance.InterviewServices.create#CollectionInterview").parameters([targetId: targetId,
                interviewDate: Timestamp.from(at0400), place: '城区管理部会议室', staffUserIds: ['HpfUChengqu', 'HpfUChengqu2'],
                participants: [[participantName: '叶建英', roleTitle: '经办人']], arrearsCauseEnumId: 'HpfAcHardship',
                commitmentAmount: new BigDecimal('119962.07'), commitmentDate: java.sql.Date.valueOf(shanghaiDay.plusDays(20))]).call()
        Map print = ec.service.sync().name("hpf.compliance.InterviewServices.get#InterviewPrintInfo").parameters([interviewId: out?.interviewId]).call()

        then: "not 20时00分 of the day before, and the committed fen are kept"
        !ec.message.hasError()
        print.interviewDateText == chineseDate(shanghaiDay) + '4时00分'
        print.commitmentAmountText == '119,962.07'

        when: "the printed record, rendered as the user"
        ec.user.setEffectiveTime(null)
        ScreenTestRender str = appTest.render("Target/PrintInterview?interviewId=" + out.interviewId, [:], null)

        then:
        str.errorMessages.isEmpty()
        str.output.contains(chineseDate(shanghaiDay) + '4时00分')
    }

    def "an application submitted at 04:30 in Shanghai has the same 报送日期 as its reviews"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_TZ_U1')
        String targetId = ApplicationFixtures.target(ec, 'HPFT_TZ_U1')
        shanghaiUserAt(TZ_BRANCH_USER, acrossMidnight)
        int lastYear = LocalDate.now().year - 1

        when: "the branch submits and takes it in, the office reviews it, all at 04:30 Shanghai time"
        String applicationId = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application")
                .parameters(ApplicationFixtures.validDeferral('HPFT_TZ_U1', targetId) + [profitLossYear1: lastYear, profitLossAmount1: -1500000])
                .call()?.applicationId
        ApplicationFixtures.attachAll(ec, applicationId)
        ec.service.sync().name("hpf.compliance.ApplicationServices.submit#Application").parameters([applicationId: applicationId]).call()
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsBranchIntake', decisionEnumId: 'HpfRdPass', comments: '材料齐全，予以受理']).call()
        shanghaiUserAt(TZ_OFFICE_USER, acrossMidnight)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass', comments: '符合条件']).call()
        def app = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).useCache(false).one()
        def reviews = ec.entity.find("hpf.compliance.ApplicationReview").condition("applicationId", applicationId).orderBy("reviewSeqId").list()

        then:
        !ec.message.hasError()
        app.submittedDate.toString() == shanghaiDay.toString()
        reviews.size() == 2
        reviews.every { ec.l10n.format(it.reviewedDate, 'yyyy-MM-dd') == shanghaiDay.toString() }
        app.stepDueDate.toLocalDate().isAfter(shanghaiDay)

        when: "the approval form, printed by the office"
        ec.user.setEffectiveTime(null)
        ScreenTestRender str = appTest.render("Application/PrintApplication?applicationId=" + applicationId, [:], null)
        String day = shanghaiDay.format(DateTimeFormatter.ofPattern('yyyy年MM月dd日'))

        then: "报送日期 and both reviews on the Shanghai date; the loss in words, the year without grouping"
        str.errorMessages.isEmpty()
        str.output.contains('报送日期：' + day)
        reviewRows(str.output).size() == 2
        reviewRows(str.output).every { it.contains(day) }
        str.output.contains(lastYear + '年亏损 1,500,000.00 元')
        !str.output.contains('-1,500,000')
    }

    def "the 下达意见书 dialog defaults the issue date to the user's today"() {
        given: "a user whose zone is a calendar day apart from the server's right now (Shanghai when it is)"
        Instant now = Instant.now()
        int utcHour = now.atZone(ZoneOffset.UTC).hour
        ZoneId zone = (utcHour >= 16 && utcHour < 23) ? SHANGHAI : (utcHour >= 10 ? ZoneId.of('Pacific/Kiritimati') : ZoneId.of('Etc/GMT+12'))
        LocalDate userToday = now.atZone(zone).toLocalDate()
        String targetId = PushFixtures.target(ec, 'YQ01')
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        ec.entity.makeValue("moqui.security.UserAccount").setAll([userId: 'HPFT_TZ_YQ01', timeZone: zone.id]).update()
        if (!wasDisabled) ec.artifactExecution.enableAuthz()
        PushFixtures.login(ec, TZ_YQ01_USER)

        when:
        ScreenTestRender str = appTest.render("Target/TargetDetail?targetId=" + targetId, [lastStandalone: "-2"], null)
        List<String> issueDates = (str.output =~ /name="issueDate" value="([0-9-]+)"/).collect { it[1] }

        then:
        userToday != LocalDate.now(ZoneOffset.UTC)
        str.errorMessages.isEmpty()
        issueDates == [userToday.toString()]

        cleanup:
        ec.artifactExecution.disableAuthz()
        ec.entity.makeValue("moqui.security.UserAccount").setAll([userId: 'HPFT_TZ_YQ01', timeZone: 'Asia/Shanghai']).update()
    }
}
