window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "",
      "createdVia" : "web",
      "username" : "mb_astro_ivo",
      "accountId" : "1500000000000000002",
      "createdAt" : "2018-11-14T21:37:12.000Z",
      "accountDisplayName" : "Ivo Starfield"
    }
  }
]
