// Next running number(s) of a document type for a branch and year. The counter row is locked (SELECT ... FOR UPDATE)
// until the caller's transaction ends: concurrent issuers queue, and a rolled-back issue gives its numbers back.
//
// The first number of a year also creates the counter, in the caller's own transaction. It must not take a transaction
// of its own: that needs a second pooled connection while the caller already holds one, and when as many users issue
// at once as the pool has connections, none of them ever gets it (every issue then fails after the pool's wait).
// Creators queue instead on the branch's row, which always exists: whoever holds it looks again and creates the
// counter only if nobody did meanwhile, so two inserts of one key never race and no insert ever fails.
def ec = context.ec
Map pk = [documentTypeEnumId: documentTypeEnumId, branchId: branchId, sequenceYear: sequenceYear as Long]
def findCounter = { boolean forUpdate ->
    ec.entity.find("hpf.compliance.DocumentSequence").condition(pk).useCache(false).forUpdate(forUpdate).one() }

def counter = findCounter(false) != null ? findCounter(true) : null
if (counter == null) {
    def branch = ec.entity.find("hpf.compliance.Branch").condition("branchId", branchId).useCache(false)
            .forUpdate(true).disableAuthz().one()
    if (branch == null) {
        ec.message.addError(ec.resource.expand('Branch ${branchId} was not found, so no document number can be assigned for it.', null,
                [branchId: branchId]))
        return
    }
    // under the branch's lock: a creator before us has committed by now, and no one else creates it while we hold it
    counter = findCounter(true)
    if (counter == null) counter = ec.entity.makeValue("hpf.compliance.DocumentSequence").setAll(pk).set("lastSeqNum", 0L).create()
}
long taken = (count ?: 1L) as long
seqNum = ((counter.lastSeqNum ?: 0L) as Long) + 1L
lastSeqNum = seqNum + taken - 1L
counter.set("lastSeqNum", lastSeqNum)
counter.update()
return null
