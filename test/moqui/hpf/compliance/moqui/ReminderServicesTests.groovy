package hpf.compliance.moqui

import com.sun.net.httpserver.HttpServer
import spock.lang.Shared
import spock.lang.Stepwise

import java.nio.charset.StandardCharsets
import java.time.YearMonth
import java.time.ZoneId
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Reminders by SMS (hpf.compliance.ReminderServices) against a real HTTP SMS endpoint on loopback: a reminder is sent
 * once and logged; the same reason in the same month is not sent again; a message the endpoint refuses with 500 shows as
 * failed (SystemMessage error, ReminderMessage pending with the reason) and goes out when the framework retries it after
 * the endpoint recovered, and one the endpoint refuses every time is FAILED in the log once the framework's retry job
 * gives up (SmsgError after its retryLimit); with no gateway configured nothing is queued and the log says why in
 * Chinese; a unit that asked not to be contacted by SMS gets none.
 */
@Stepwise
class ReminderServicesTests extends HpfSpec {
    static final String BRANCH = 'HPFR_B1', UNIT = 'HPFR_U1', UNIT_NO_SMS = 'HPFR_U2', UNIT_DOWN = 'HPFR_U3'
    static final String UNIT_ALERT = 'HPFR_U4', UNIT_DEFERRED = 'HPFR_U5', UNIT_MAIL = 'HPFR_U6'
    static final String UNIT_NO_GATEWAY = 'HPFR_U7', UNIT_GIVEN_UP = 'HPFR_U8'

    @Shared ServerSocket smtp
    @Shared List<String> mails = new CopyOnWriteArrayList<>()

    /** A minimal SMTP server on loopback: accepts every message and keeps its DATA. */
    void startSmtp() {
        smtp = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())
        Thread.startDaemon('hpfr-smtp') {
            while (!smtp.closed) {
                Socket s
                try { s = smtp.accept() } catch (IOException e) { return }
                s.withCloseable {
                    def r = new BufferedReader(new InputStreamReader(s.inputStream, StandardCharsets.UTF_8))
                    def w = new PrintWriter(new OutputStreamWriter(s.outputStream, StandardCharsets.UTF_8), true)
                    w.print('220 localhost ESMTP\r\n'); w.flush()
                    String line
                    while ((line = r.readLine()) != null) {
                        String cmd = line.toUpperCase()
                        if (cmd.startsWith('EHLO') || cmd.startsWith('HELO')) w.print('250 localhost\r\n')
                        else if (cmd.startsWith('DATA')) {
                            w.print('354 end with .\r\n'); w.flush()
                            StringBuilder sb = new StringBuilder()
                            while ((line = r.readLine()) != null && line != '.') sb.append(line).append('\n')
                            mails.add(sb.toString())
                            w.print('250 OK queued\r\n')
                        } else if (cmd.startsWith('QUIT')) { w.print('221 bye\r\n'); w.flush(); break }
                        else w.print('250 OK\r\n')
                        w.flush()
                    }
                }
            }
        }
        ec.entity.makeValue('moqui.basic.email.EmailServer').setAll([emailServerId: 'HPF_REMINDER', smtpHost: '127.0.0.1',
                smtpPort: smtp.localPort.toString()]).update()
    }

    @Shared HttpServer server
    @Shared List<String> received = new CopyOnWriteArrayList<>()
    @Shared volatile int answer = 200
    @Shared String month = YearMonth.now(ZoneId.of('Asia/Shanghai')).toString()

    void setupFixtures() {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
        server.createContext('/sms') { ex ->
            String body = new String(ex.requestBody.readAllBytes(), StandardCharsets.UTF_8)
            int status = answer
            if (status == 200) received.add(body)
            byte[] out = (status == 200 ? '{"messageId":"M' + received.size() + '"}' : '{"error":"down"}').getBytes(StandardCharsets.UTF_8)
            ex.sendResponseHeaders(status, out.length)
            ex.responseBody.withCloseable { it.write(out) }
        }
        server.start()
        System.setProperty('hpf_sms_url', "http://127.0.0.1:${server.address.port}/sms".toString())
        System.setProperty('hpf_sms_key', 'test-key')
        System.setProperty('hpf_sms_signature', '阳泉公积金')
        clean()
        ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: BRANCH, branchCode: 'TSR1', branchName: '提醒测试部',
                branchTypeEnumId: 'HpfBrtManagementDept', contactPhone: '0353-2020001', sequenceNum: 921]).createOrUpdate()
        [[UNIT, '138 0000 0001', 'N'], [UNIT_NO_SMS, '13800000002', 'Y'], [UNIT_DOWN, '13800000003', 'N'],
                [UNIT_ALERT, '13800000004', 'N'], [UNIT_DEFERRED, '13800000005', 'N'], [UNIT_MAIL, '13800000006', 'Y'],
                [UNIT_NO_GATEWAY, '13800000007', 'N'], [UNIT_GIVEN_UP, '13800000008', 'N']].eachWithIndex { List u, int i ->
            ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitId: u[0], unitAccountNo: 'HPFR00' + i,
                    unitName: '提醒测试单位' + i, branchId: BRANCH, agentMobile: u[1], noSmsContact: u[2],
                    agentEmail: u[0] == UNIT_MAIL ? 'agent@example.com' : null]).createOrUpdate()
        }
        startSmtp()
    }

    void cleanFixtures() {
        clean()
        server?.stop(0)
        smtp?.close()
        ec.entity.makeValue('moqui.basic.email.EmailServer').setAll([emailServerId: 'HPF_REMINDER', smtpHost: '', smtpPort: '25']).update()
        ['hpf_sms_url', 'hpf_sms_key', 'hpf_sms_signature'].each { System.clearProperty(it) }
    }

    void clean() {
        List smIds = ec.entity.find('hpf.compliance.ReminderMessage').condition('branchId', BRANCH).list()*.systemMessageId.findAll { it }
        if (smIds) {
            ec.entity.find('moqui.service.message.SystemMessageError').condition('systemMessageId', 'in', smIds).deleteAll()
            ec.entity.find('moqui.service.message.SystemMessage').condition('systemMessageId', 'in', smIds).deleteAll()
        }
        ec.entity.find('hpf.compliance.ReminderMessage').condition('branchId', BRANCH).deleteAll()
        ec.entity.find('hpf.compliance.ArrearsAlert').condition('branchId', BRANCH).deleteAll()
        ec.entity.find('hpf.compliance.EmployerUnit').condition('branchId', BRANCH).deleteAll()
        ec.entity.find('hpf.compliance.Branch').condition('branchId', BRANCH).deleteAll()
    }

    Map remind(String unitId) {
        return ec.service.sync().name('hpf.compliance.ReminderServices.send#Reminder').parameters([unitId: unitId,
                reasonEnumId: 'HpfRrAlertOpened', amount: new BigDecimal('67200.00')]).call()
    }

    def "a reminder is sent to the unit's mobile once and logged"() {
        when:
        Map out = remind(UNIT)
        def rm = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT).list()

        then:
        !ec.message.hasError()
        out.reminderIdList.size() == 1
        rm.size() == 1
        rm[0].channelEnumId == 'HpfRcSms'
        rm[0].recipient == '13800000001'
        rm[0].reminderMonth == month
        rm[0].outcome == 'SENT'
        rm[0].sentDate != null
        rm[0].bodyText.contains('欠缴金额67,200.00元')
        ec.entity.find('moqui.service.message.SystemMessage').condition('systemMessageId', rm[0].systemMessageId).one().statusId == 'SmsgSent'
        received.size() == 1
        received[0].contains('"mobile":"13800000001"')
        received[0].contains('【阳泉公积金】提醒测试单位0')
    }

    def "the same reason in the same month is not sent again"() {
        when:
        Map out = remind(UNIT)

        then:
        !ec.message.hasError()
        out.reminderIdList.isEmpty()
        out.skippedList.contains('SMS:ALREADY_REMINDED_THIS_MONTH')
        ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT).count() == 1
        received.size() == 1
    }

    def "a unit that asked not to be contacted by SMS gets none"() {
        when:
        Map out = remind(UNIT_NO_SMS)

        then:
        !ec.message.hasError()
        out.reminderIdList.isEmpty()
        out.skippedList.contains('SMS:NO_SMS_WANTED')
        ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_NO_SMS).count() == 0
        received.size() == 1
    }

    def "an SMS the endpoint refuses with 500 shows as failed, and the framework's retry sends it when the endpoint recovers"() {
        when:
        answer = 500
        remind(UNIT_DOWN)
        def rm = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_DOWN).one()
        def sm = ec.entity.find('moqui.service.message.SystemMessage').condition('systemMessageId', rm.systemMessageId).one()

        then:
        !ec.message.hasError()
        rm.outcome == 'PENDING'
        rm.resultText.contains('500')
        sm.statusId == 'SmsgProduced'
        sm.failCount == 1
        ec.entity.find('moqui.service.message.SystemMessageError').condition('systemMessageId', sm.systemMessageId).count() == 1
        received.size() == 1

        when: "the endpoint recovers and the framework's retry job runs (no wait between tries)"
        answer = 200
        Thread.sleep(50)
        ec.service.sync().name('org.moqui.impl.SystemMessageServices.send#AllProducedSystemMessages')
                .parameters([retryMinutes: BigDecimal.ZERO]).call()
        // the job sends asynchronously, oldest first, with every other message waiting for a retry
        for (int i = 0; i < 450 && sm.statusId != 'SmsgSent'; i++) { Thread.sleep(200); sm.refresh() }
        rm.refresh()

        then:
        !ec.message.hasError()
        sm.statusId == 'SmsgSent'
        rm.outcome == 'SENT'
        received.size() == 2
        received[1].contains('"mobile":"13800000003"')
    }

    def "an alert that opens reminds its unit"() {
        when:
        ec.entity.makeValue('hpf.compliance.ArrearsAlert').setAll([alertId: 'HPFR_A1', unitId: UNIT_ALERT, branchId: BRANCH,
                statusId: 'HpfAlrOpen', amountOwed: new BigDecimal('1200.00')]).create()
        def rm = null
        for (int i = 0; i < 100 && rm?.outcome != 'SENT'; i++) {
            Thread.sleep(200)
            rm = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_ALERT).useCache(false).one()
        }

        then:
        rm != null
        rm.alertId == 'HPFR_A1'
        rm.reasonEnumId == 'HpfRrAlertOpened'
        rm.outcome == 'SENT'
        rm.bodyText.contains('1,200.00')
    }

    def "the daily job reminds a deferral ending within the days before, once"() {
        given:
        java.time.LocalDate today = java.time.LocalDate.now(ZoneId.of('Asia/Shanghai'))
        ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitId: UNIT_DEFERRED, accountStatusEnumId: 'HpfAcsDeferred',
                termsThruDate: java.sql.Date.valueOf(today.plusDays(3))]).update()

        when:
        ec.service.sync().name('hpf.compliance.ReminderServices.send#DueReminders').parameters([daysBefore: 7]).call()
        ec.service.sync().name('hpf.compliance.ReminderServices.send#DueReminders').parameters([daysBefore: 7]).call()
        def rms = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_DEFERRED).list()

        then:
        !ec.message.hasError()
        rms.size() == 1
        rms[0].reasonEnumId == 'HpfRrDeferralEnding'
        rms[0].bodyText.contains('缓缴期将于' + today.plusDays(3).year + '年')
        ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_ALERT).count() == 1
    }

    def "an e-mail reminder goes to a real SMTP server once and is logged"() {
        when:
        Map out = remind(UNIT_MAIL)
        Map again = remind(UNIT_MAIL)
        def rms = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_MAIL).list()

        then:
        !ec.message.hasError()
        out.reminderIdList.size() == 1
        out.skippedList.contains('SMS:NO_SMS_WANTED')
        again.reminderIdList.isEmpty()
        rms.size() == 1
        rms[0].channelEnumId == 'HpfRcEmail'
        rms[0].recipient == 'agent@example.com'
        rms[0].outcome == 'SENT'
        rms[0].emailMessageId != null
        mails.size() == 1
        mails[0].toLowerCase().contains('agent@example.com')
    }

    def "with no mail server host set by the administrator an e-mail reminder is logged as failed with the reason in Chinese"() {
        given: "the reminder's EmailServer without a host, and no reminder of this unit yet this month"
        ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_MAIL).deleteAll()
        ec.entity.makeValue('moqui.basic.email.EmailServer').setAll([emailServerId: 'HPF_REMINDER', smtpHost: '']).update()
        int mailsBefore = mails.size()

        when:
        Map out = remind(UNIT_MAIL)
        def rm = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_MAIL).list()

        then:
        !ec.message.hasError()
        out.reminderIdList.size() == 1
        rm.size() == 1
        rm[0].channelEnumId == 'HpfRcEmail'
        rm[0].outcome == 'FAILED'
        rm[0].resultText == '邮件提醒未发出，邮件状态： ES_READY'
        rm[0].sentDate == null
        mails.size() == mailsBefore

        cleanup:
        ec.entity.makeValue('moqui.basic.email.EmailServer').setAll([emailServerId: 'HPF_REMINDER', smtpHost: '127.0.0.1',
                smtpPort: smtp.localPort.toString()]).update()
    }

    def "with no SMS gateway configured an SMS reminder is logged as failed with the reason in Chinese, and nothing is queued"() {
        given:
        String url = System.getProperty('hpf_sms_url')
        System.clearProperty('hpf_sms_url')
        long queuedBefore = ec.entity.find('moqui.service.message.SystemMessage').condition('systemMessageTypeId', 'HpfSms').count()
        int receivedBefore = received.size()

        when:
        Map out = remind(UNIT_NO_GATEWAY)
        def rm = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_NO_GATEWAY).list()

        then:
        !ec.message.hasError()
        out.reminderIdList.size() == 1
        rm.size() == 1
        rm[0].channelEnumId == 'HpfRcSms'
        rm[0].outcome == 'FAILED'
        rm[0].resultText == '未配置短信网关（hpf_sms_url），短信未发送。'
        rm[0].systemMessageId == null
        rm[0].sentDate == null
        ec.entity.find('moqui.service.message.SystemMessage').condition('messageId', rm[0].reminderId).count() == 0
        ec.entity.find('moqui.service.message.SystemMessage').condition('systemMessageTypeId', 'HpfSms').count() == queuedBefore
        received.size() == receivedBefore

        cleanup:
        System.setProperty('hpf_sms_url', url)
    }

    def "an SMS the endpoint refuses every time is failed in the log once the framework's retry job gives up"() {
        when: "the endpoint answers 500 to every try"
        answer = 500
        remind(UNIT_GIVEN_UP)
        def rm = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', UNIT_GIVEN_UP).one()
        def sm = ec.entity.find('moqui.service.message.SystemMessage').condition('systemMessageId', rm.systemMessageId).one()
        String firstOutcome = rm.outcome

        and: "the framework's retry job runs until its retry limit (3 tries) is reached, without waiting between tries"
        for (int round = 0; round < 6 && sm.statusId != 'SmsgError'; round++) {
            long before = (sm.failCount ?: 0) as long
            Thread.sleep(20)
            ec.service.sync().name('org.moqui.impl.SystemMessageServices.send#AllProducedSystemMessages')
                    .parameters([retryMinutes: BigDecimal.ZERO, retryLimit: 3]).call()
            // the job sends asynchronously (or gives up at once); wait for this try to end
            for (int i = 0; i < 300; i++) {
                sm.refresh()
                if (sm.statusId == 'SmsgError' || (sm.statusId == 'SmsgProduced' && (sm.failCount ?: 0) > before)) break
                Thread.sleep(100)
            }
        }
        rm.refresh()

        then:
        !ec.message.hasError()
        firstOutcome == 'PENDING'
        sm.statusId == 'SmsgError'
        sm.failCount == 3
        ec.entity.find('moqui.service.message.SystemMessageError').condition('systemMessageId', sm.systemMessageId).count() == 3
        rm.outcome == 'FAILED'
        rm.sentDate == null
        rm.resultText.startsWith('短信发送3次均失败，已停止重试：')
        rm.resultText.contains('500')

        when: "an administrator resets the message for another try"
        loginAs('hpf.admin')
        ec.service.sync().name('org.moqui.impl.SystemMessageServices.reset#SystemMessageInError')
                .parameters([systemMessageId: sm.systemMessageId]).call()
        rm.refresh()

        then:
        rm.outcome == 'PENDING'

        cleanup:
        answer = 200
        if (ec.user.userId) ec.user.logoutUser()
    }
}
