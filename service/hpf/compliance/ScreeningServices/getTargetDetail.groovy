// get#TargetDetail: one page of the detail table with the screen's filters
def find = ec.resource.script('component://hpf-compliance/service/hpf/compliance/ScreeningServices/targetDetailFind.groovy', null)
detailCount = find.count()
detailList = find.offset(pageIndex as int, pageSize as int).limit(pageSize as int).list()
        .collect { it.getMap() }
return null
