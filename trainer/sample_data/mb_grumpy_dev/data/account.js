window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "",
      "createdVia" : "web",
      "username" : "mb_grumpy_dev",
      "accountId" : "1500000000000000003",
      "createdAt" : "2016-06-07T09:12:44.000Z",
      "accountDisplayName" : "Grumpy Sysadmin"
    }
  }
]
