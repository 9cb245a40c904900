// Next running number of a document type for a branch and year. The counter row is locked (SELECT ... FOR UPDATE)
// until the caller's transaction ends: concurrent issuers queue, and a rolled-back issue gives its number back.
def ec = context.ec
Map pk = [documentTypeEnumId: documentTypeEnumId, branchId: branchId, sequenceYear: sequenceYear as Long]
def findCounter = { boolean forUpdate ->
    ec.entity.find("hpf.compliance.DocumentSequence").condition(pk).useCache(false).forUpdate(forUpdate).one() }

if (findCounter(false) == null) {
    // First number of the year: create the row in its own, immediately committed transaction, so that the row exists
    // before anyone locks it. When two users get here at the same moment one insert fails on the primary key (or
    // waits and then fails); that is expected and harmless, both continue to the locked read below.
    try {
        ec.transaction.runRequireNew(null, "Could not create the document number counter", {
            if (findCounter(false) == null)
                ec.entity.makeValue("hpf.compliance.DocumentSequence").setAll(pk).set("lastSeqNum", 0L).create()
        })
    } catch (Throwable t) {
        ec.logger.info("Document number counter ${pk} was created concurrently: ${t.message}")
    }
}

def counter = findCounter(true)
if (counter == null) {
    ec.message.addError(ec.resource.expand('Could not lock the document number counter of branch ${branchId} for ${sequenceYear}; please try again.', null,
            [branchId: branchId, sequenceYear: sequenceYear]))
    return
}
seqNum = ((counter.lastSeqNum ?: 0L) as Long) + 1L
counter.set("lastSeqNum", seqNum)
counter.update()
return null
