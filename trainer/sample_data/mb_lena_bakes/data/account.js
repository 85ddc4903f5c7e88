window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "",
      "createdVia" : "web",
      "username" : "mb_lena_bakes",
      "accountId" : "1500000000000000001",
      "createdAt" : "2019-03-01T10:00:00.000Z",
      "accountDisplayName" : "Lena Brot"
    }
  }
]
