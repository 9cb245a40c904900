// Next running number(s) of a document type for a branch and year. The counter row is locked (SELECT ... FOR UPDATE)
// until the caller's transaction ends: concurrent issuers queue, and a rolled-back issue gives its numbers back.
//
// The first number of a year also creates the counter, in the caller's own transaction. It must not take a transaction
// of its own: that needs a second pooled connection while the caller already holds one, and when as many users issue
// at once as the pool has connections, none of them ever gets it (every issue then fails after the pool's wait).
// Creators queue instead on the document type's Enumeration row: whoever holds it looks again and creates the counter
// only if nobody did meanwhile, so two inserts of one key never race and no insert ever fails. Not on the branch's row:
// every issuer has already inserted rows that reference its branch, and on PostgreSQL such a foreign key holds a KEY
// SHARE lock on the branch row until commit, which two creators' FOR UPDATE would then wait on crosswise (deadlock).
// No row the issuing transaction writes references the document type's enumeration.
def ec = context.ec
Map pk = [documentTypeEnumId: documentTypeEnumId, branchId: branchId, sequenceYear: sequenceYear as Long]
def findCounter = { boolean forUpdate ->
    ec.entity.find("hpf.compliance.DocumentSequence").condition(pk).useCache(false).forUpdate(forUpdate).one() }

def counter = findCounter(false) != null ? findCounter(true) : null
if (counter == null) {
    if (ec.entity.find("hpf.compliance.Branch").condition("branchId", branchId).useCache(false).disableAuthz().count() == 0) {
        ec.message.addError(ec.resource.expand('Branch ${branchId} was not found, so no document number can be assigned for it.', null,
                [branchId: branchId]))
        return
    }
    def documentType = ec.entity.find("moqui.basic.Enumeration").condition("enumId", documentTypeEnumId).useCache(false)
            .forUpdate(true).disableAuthz().one()
    if (documentType == null) {
        ec.message.addError(ec.resource.expand('Document type ${documentTypeEnumId} is not defined, so no document number can be assigned.',
                null, [documentTypeEnumId: documentTypeEnumId]))
        return
    }
    // under the document type's lock: a creator before us has committed by now, and no one else creates it while we hold it
    counter = findCounter(true)
    if (counter == null) counter = ec.entity.makeValue("hpf.compliance.DocumentSequence").setAll(pk).set("lastSeqNum", 0L).create()
}
long taken = (count ?: 1L) as long
seqNum = ((counter.lastSeqNum ?: 0L) as Long) + 1L
lastSeqNum = seqNum + taken - 1L
counter.set("lastSeqNum", lastSeqNum)
counter.update()
return null
