package hpf.compliance.core.screening;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/** Run-file codecs and the account-number order used by {@link MergeJoinScreening}, for {@link ExternalSorter}. */
public final class AccountCodecs {
    private AccountCodecs() {}

    public static final Comparator<UnitAccount> UNIT_ORDER = Comparator.comparing(UnitAccount::accountNo);
    public static final Comparator<RemittanceLine> REMITTANCE_ORDER = Comparator.comparing(RemittanceLine::accountNo);

    private static final long NO_DATE = Long.MIN_VALUE;

    public static final ExternalSorter.Codec<RemittanceLine> REMITTANCE = new ExternalSorter.Codec<>() {
        @Override
        public void write(DataOutputStream out, RemittanceLine l) throws IOException {
            out.writeUTF(l.accountNo());
            out.writeInt(l.monthIndex());
            out.writeByte(l.type().ordinal());
            out.writeLong(l.dueCents());
            out.writeLong(l.paidCents());
            out.writeLong(l.paidDate() == null ? NO_DATE : l.paidDate().toEpochDay());
            out.writeLong(l.sourceLine());
        }

        @Override
        public RemittanceLine read(DataInputStream in) throws IOException {
            String account = in.readUTF();
            int month = in.readInt();
            BusinessType type = BusinessType.values()[in.readByte()];
            long due = in.readLong();
            long paid = in.readLong();
            long day = in.readLong();
            long line = in.readLong();
            return new RemittanceLine(account, month, type, due, paid, day == NO_DATE ? null : LocalDate.ofEpochDay(day), line);
        }
    };

    public static final ExternalSorter.Codec<UnitAccount> UNIT = new ExternalSorter.Codec<>() {
        @Override
        public void write(DataOutputStream out, UnitAccount u) throws IOException {
            out.writeUTF(u.accountNo());
            str(out, u.name());
            str(out, u.uscc());
            str(out, u.branch());
            out.writeByte(u.status().ordinal());
            out.writeLong(u.openedDate().toEpochDay());
            out.writeLong(u.sealedOrClosedDate() == null ? NO_DATE : u.sealedOrClosedDate().toEpochDay());
            out.writeInt(u.workers());
            out.writeLong(u.monthlyDueCents());
            str(out, u.employerRate() == null ? null : u.employerRate().toPlainString());
            str(out, u.employeeRate() == null ? null : u.employeeRate().toPlainString());
            str(out, u.legalRepresentative());
            str(out, u.agentName());
            str(out, u.agentMobile());
            out.writeInt(u.payday() == null ? -1 : u.payday());
            str(out, u.paidThroughMonth());
            out.writeLong(u.sourceLine());
        }

        @Override
        public UnitAccount read(DataInputStream in) throws IOException {
            String account = in.readUTF();
            String name = readStr(in);
            String uscc = readStr(in);
            String branch = readStr(in);
            AccountStatus status = AccountStatus.values()[in.readByte()];
            LocalDate opened = LocalDate.ofEpochDay(in.readLong());
            long sealedDay = in.readLong();
            int workers = in.readInt();
            long due = in.readLong();
            String er = readStr(in);
            String ee = readStr(in);
            String legal = readStr(in);
            String agent = readStr(in);
            String mobile = readStr(in);
            int payday = in.readInt();
            String paidThrough = readStr(in);
            long line = in.readLong();
            return new UnitAccount(account, name, uscc, branch, status, opened,
                    sealedDay == NO_DATE ? null : LocalDate.ofEpochDay(sealedDay), workers, due,
                    er == null ? null : new BigDecimal(er), ee == null ? null : new BigDecimal(ee), legal, agent, mobile,
                    payday < 0 ? null : payday, paidThrough, line);
        }
    };

    private static void str(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s);
    }

    private static String readStr(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
