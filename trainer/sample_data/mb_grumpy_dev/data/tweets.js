window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1738758564475831245"
          ],
          "editableUntil" : "2023-12-24T04:08:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oncall Memes Daily",
            "screen_name" : "oncall_memes_daily",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "872288617235432848",
            "id" : "872288617235432848"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1738636258572271234",
      "id_str" : "1738758564475831245",
      "in_reply_to_user_id" : "872288617235432848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1738758564475831245",
      "in_reply_to_status_id" : "1738636258572271234",
      "created_at" : "Sun Dec 24 03:08:41 +0000 2023",
      "favorited" : false,
      "full_text" : "@oncall_memes_daily the alert resolving itself is worse than the alert. now you know nothing.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oncall_memes_daily",
      "in_reply_to_user_id_str" : "872288617235432848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737118432229399831"
          ],
          "editableUntil" : "2023-12-19T15:31:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "18",
      "id_str" : "1737118432229399831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737118432229399831",
      "created_at" : "Tue Dec 19 14:31:23 +0000 2023",
      "favorited" : false,
      "full_text" : "out of office reply: \"i am out of patience\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1735681467874325407"
          ],
          "editableUntil" : "2023-12-15T16:21:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "1",
      "id_str" : "1735681467874325407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1735681467874325407",
      "created_at" : "Fri Dec 15 15:21:24 +0000 2023",
      "favorited" : false,
      "full_text" : "still broken",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1735234636086805374"
          ],
          "editableUntil" : "2023-12-14T10:45:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1735234636086805374",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1735234636086805374",
      "created_at" : "Thu Dec 14 09:45:51 +0000 2023",
      "favorited" : false,
      "full_text" : "got a thank you email from a user. printing it. framing it. it's the first one since 2018.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734853604540066159"
          ],
          "editableUntil" : "2023-12-13T09:31:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1734853604540066159",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734853604540066159",
      "created_at" : "Wed Dec 13 08:31:46 +0000 2023",
      "favorited" : false,
      "full_text" : "i was promised this job would be \"mostly automated\". i am the automation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734712256493959033"
          ],
          "editableUntil" : "2023-12-13T00:10:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "2",
      "id_str" : "1734712256493959033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734712256493959033",
      "created_at" : "Tue Dec 12 23:10:06 +0000 2023",
      "favorited" : false,
      "full_text" : "it was dns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1733049730856752698"
          ],
          "editableUntil" : "2023-12-08T10:03:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bash",
            "indices" : [
              "98",
              "103"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/TyxfWnDO70",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/command-2-gt-and1-tee-log",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1733049730856752698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1733049730856752698",
      "possibly_sensitive" : false,
      "created_at" : "Fri Dec 08 09:03:49 +0000 2023",
      "favorited" : false,
      "full_text" : "command 2&gt;&amp;1 | tee log.txt saved me again today. learn it. love it https://t.co/TyxfWnDO70 #bash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1731015703131324582"
          ],
          "editableUntil" : "2023-12-02T19:21:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grep And Coffee",
            "screen_name" : "grep_and_coffee",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "220873384505975732",
            "id" : "220873384505975732"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1731015703131324582",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1731015703131324582",
      "created_at" : "Sat Dec 02 18:21:19 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @grep_and_coffee: the best monitoring tool is an angry customer. the worst is also an angry customer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1730178587164182131"
          ],
          "editableUntil" : "2023-11-30T11:54:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1730178587164182131",
      "truncated" : false,
      "retweet_count" : "161",
      "id" : "1730178587164182131",
      "created_at" : "Thu Nov 30 10:54:55 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @tired_sre_anna: take your leave. the systems will break either way. at least you'll be rested.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728971961400308217"
          ],
          "editableUntil" : "2023-11-27T04:00:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1728971961400308217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728971961400308217",
      "created_at" : "Mon Nov 27 03:00:13 +0000 2023",
      "favorited" : false,
      "full_text" : "bash one-liner grew to 200 lines. it's a program now. it has feelings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728118131130534826"
          ],
          "editableUntil" : "2023-11-24T19:27:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "codereview",
            "indices" : [
              "85",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mfoy8l0nBt",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/a-small-change-pull-request-with",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "13",
      "id_str" : "1728118131130534826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728118131130534826",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 24 18:27:24 +0000 2023",
      "favorited" : false,
      "full_text" : "a \"small change\" pull request with 4,000 lines. a case study https://t.co/mfoy8l0nBt #codereview",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1726439335787332304"
          ],
          "editableUntil" : "2023-11-20T04:16:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "0",
      "id_str" : "1726439335787332304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726439335787332304",
      "created_at" : "Mon Nov 20 03:16:28 +0000 2023",
      "favorited" : false,
      "full_text" : "sigh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1724439860738073478"
          ],
          "editableUntil" : "2023-11-14T15:51:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ops Weekly Digest",
            "screen_name" : "ops_weekly_digest",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "538729131387601661",
            "id" : "538729131387601661"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1724439860738073478",
      "truncated" : false,
      "retweet_count" : "92",
      "id" : "1724439860738073478",
      "created_at" : "Tue Nov 14 14:51:16 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @ops_weekly_digest: reminder: test your backups. an untested backup is just a hopeful file.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1724280510739449300"
          ],
          "editableUntil" : "2023-11-14T05:18:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1724280510739449300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1724280510739449300",
      "created_at" : "Tue Nov 14 04:18:04 +0000 2023",
      "favorited" : false,
      "full_text" : "the outage lasted 6 minutes. the postmortem meeting lasted 2 hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1724091792227633239"
          ],
          "editableUntil" : "2023-11-13T16:48:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "linux",
            "indices" : [
              "81",
              "87"
            ]
          },
          {
            "text" : "logs",
            "indices" : [
              "88",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tsPqwua79s",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/the-log-rotation-config-that-stopped",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "57",
              "80"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "11",
      "id_str" : "1724091792227633239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1724091792227633239",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 13 15:48:10 +0000 2023",
      "favorited" : false,
      "full_text" : "the log rotation config that stopped the disk filling up https://t.co/tsPqwua79s #linux #logs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1723291745518547191"
          ],
          "editableUntil" : "2023-11-11T11:49:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "6",
      "id_str" : "1723291745518547191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1723291745518547191",
      "created_at" : "Sat Nov 11 10:49:04 +0000 2023",
      "favorited" : false,
      "full_text" : "coffee. then the pager. then more coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1721227694965631075"
          ],
          "editableUntil" : "2023-11-05T19:07:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "1",
      "id_str" : "1721227694965631075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1721227694965631075",
      "created_at" : "Sun Nov 05 18:07:16 +0000 2023",
      "favorited" : false,
      "full_text" : "it's not burnout if there was never a fire. just embers. gentle embers.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1720057429620743543"
          ],
          "editableUntil" : "2023-11-02T13:37:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1720057429620743543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1720057429620743543",
      "created_at" : "Thu Nov 02 12:37:03 +0000 2023",
      "favorited" : false,
      "full_text" : "the \"temporary\" vm has been running for six years. it has tenure now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1719418079281865638"
          ],
          "editableUntil" : "2023-10-31T19:16:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "2",
      "id_str" : "1719418079281865638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1719418079281865638",
      "created_at" : "Tue Oct 31 18:16:30 +0000 2023",
      "favorited" : false,
      "full_text" : "monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1719399175551442243"
          ],
          "editableUntil" : "2023-10-31T18:01:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "6",
      "id_str" : "1719399175551442243",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1719399175551442243",
      "created_at" : "Tue Oct 31 17:01:23 +0000 2023",
      "favorited" : false,
      "full_text" : "coffee. then email. then regret.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718179190928623917"
          ],
          "editableUntil" : "2023-10-28T09:13:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "4",
      "id_str" : "1718179190928623917",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1718179190928623917",
      "created_at" : "Sat Oct 28 08:13:36 +0000 2023",
      "favorited" : false,
      "full_text" : "every outage is a learning opportunity. i have learned so much. please stop.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717327642362769693"
          ],
          "editableUntil" : "2023-10-26T00:49:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "10",
      "id_str" : "1717327642362769693",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1717327642362769693",
      "created_at" : "Wed Oct 25 23:49:51 +0000 2023",
      "favorited" : false,
      "full_text" : "a good day: nothing happened. a great day: nothing happened and nobody noticed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717158750323052821"
          ],
          "editableUntil" : "2023-10-25T13:38:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "7",
      "id_str" : "1717158750323052821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1717158750323052821",
      "created_at" : "Wed Oct 25 12:38:44 +0000 2023",
      "favorited" : false,
      "full_text" : "the ntp server was 11 minutes off. for a year. every log timestamp is a lie.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1716221776361284492"
          ],
          "editableUntil" : "2023-10-22T23:35:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1716221776361284492",
      "truncated" : false,
      "retweet_count" : "154",
      "id" : "1716221776361284492",
      "created_at" : "Sun Oct 22 22:35:32 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @tired_sre_anna: nobody gets promoted for the outage that didn't happen. that's the job though.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715228837804032560"
          ],
          "editableUntil" : "2023-10-20T05:49:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yaml Hater 3000",
            "screen_name" : "yaml_hater_3000",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "567226076593048594",
            "id" : "567226076593048594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "id_str" : "1715228837804032560",
      "truncated" : false,
      "retweet_count" : "92",
      "id" : "1715228837804032560",
      "created_at" : "Fri Oct 20 04:49:57 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @yaml_hater_3000: yaml: because json was too easy to get right",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1711714073968346221"
          ],
          "editableUntil" : "2023-10-10T13:03:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "2",
      "id_str" : "1711714073968346221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1711714073968346221",
      "created_at" : "Tue Oct 10 12:03:32 +0000 2023",
      "favorited" : false,
      "full_text" : "monday. the server room is cold. so is my soul.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1710935657280510999"
          ],
          "editableUntil" : "2023-10-08T09:30:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "3",
      "id_str" : "1710935657280510999",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1710935657280510999",
      "created_at" : "Sun Oct 08 08:30:23 +0000 2023",
      "favorited" : false,
      "full_text" : "why",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708695919917473774"
          ],
          "editableUntil" : "2023-10-02T05:10:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "7",
      "id_str" : "1708695919917473774",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1708695919917473774",
      "created_at" : "Mon Oct 02 04:10:28 +0000 2023",
      "favorited" : false,
      "full_text" : "the fix worked in staging. production has different opinions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708536288904213691"
          ],
          "editableUntil" : "2023-10-01T18:36:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1708536288904213691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1708536288904213691",
      "created_at" : "Sun Oct 01 17:36:09 +0000 2023",
      "favorited" : false,
      "full_text" : "java upgraded. three things broke. two of them were already broken.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708267341740319673"
          ],
          "editableUntil" : "2023-10-01T00:47:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "4",
      "id_str" : "1708267341740319673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1708267341740319673",
      "created_at" : "Sat Sep 30 23:47:27 +0000 2023",
      "favorited" : false,
      "full_text" : "a dev asked me to open port 22 to the internet \"for convenience\". convenient for everyone, yes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1707801904022006416"
          ],
          "editableUntil" : "2023-09-29T17:57:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dave From Accounts",
            "screen_name" : "dave_from_accounts",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "661847071735275694",
            "id" : "661847071735275694"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "86"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1707716591876721408",
      "id_str" : "1707801904022006416",
      "in_reply_to_user_id" : "661847071735275694",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1707801904022006416",
      "in_reply_to_status_id" : "1707716591876721408",
      "created_at" : "Fri Sep 29 16:57:58 +0000 2023",
      "favorited" : false,
      "full_text" : "@dave_from_accounts have you tried turning it off and on again. i'm serious this time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dave_from_accounts",
      "in_reply_to_user_id_str" : "661847071735275694"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1707785793699000893"
          ],
          "editableUntil" : "2023-09-29T16:53:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "4",
      "id_str" : "1707785793699000893",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1707785793699000893",
      "created_at" : "Fri Sep 29 15:53:57 +0000 2023",
      "favorited" : false,
      "full_text" : "checked again. one broke. balance restored.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706954809801069422"
          ],
          "editableUntil" : "2023-09-27T09:51:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "6",
      "id_str" : "1706954809801069422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706954809801069422",
      "created_at" : "Wed Sep 27 08:51:55 +0000 2023",
      "favorited" : false,
      "full_text" : "sat through a demo of a tool that does what our bash script does. it costs 40k a year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706730255152095746"
          ],
          "editableUntil" : "2023-09-26T18:59:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "8",
      "id_str" : "1706730255152095746",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1706730255152095746",
      "created_at" : "Tue Sep 26 17:59:37 +0000 2023",
      "favorited" : false,
      "full_text" : "the backup worked. the restore did not. those are different things, it turns out.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706524478403732844"
          ],
          "editableUntil" : "2023-09-26T05:21:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sre",
            "indices" : [
              "84",
              "88"
            ]
          },
          {
            "text" : "dns",
            "indices" : [
              "89",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ErsNd3R3Ha",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/wrote-up-the-postmortem-for-last",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "9",
      "id_str" : "1706524478403732844",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706524478403732844",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 26 04:21:56 +0000 2023",
      "favorited" : false,
      "full_text" : "wrote up the postmortem for last night's outage. tl;dr: dns https://t.co/ErsNd3R3Ha #sre #dns",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705084175385529931"
          ],
          "editableUntil" : "2023-09-22T05:58:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "5",
      "id_str" : "1705084175385529931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705084175385529931",
      "created_at" : "Fri Sep 22 04:58:41 +0000 2023",
      "favorited" : false,
      "full_text" : "inbox zero. for eleven seconds.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1704431457796397922"
          ],
          "editableUntil" : "2023-09-20T10:45:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "7",
      "id_str" : "1704431457796397922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1704431457796397922",
      "created_at" : "Wed Sep 20 09:45:01 +0000 2023",
      "favorited" : false,
      "full_text" : "the firewall rule comment says \"allow all, temporary, 2016\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1704348423156670017"
          ],
          "editableUntil" : "2023-09-20T05:15:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1704348423156670017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1704348423156670017",
      "created_at" : "Wed Sep 20 04:15:04 +0000 2023",
      "favorited" : false,
      "full_text" : "3am. database replication lag. the database is tired too, i think.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1703767373643908966"
          ],
          "editableUntil" : "2023-09-18T14:46:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1703767373643908966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1703767373643908966",
      "created_at" : "Mon Sep 18 13:46:11 +0000 2023",
      "favorited" : false,
      "full_text" : "every time someone says \"serverless\" a server somewhere sighs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702882744597394718"
          ],
          "editableUntil" : "2023-09-16T04:10:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "1702882744597394718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1702882744597394718",
      "created_at" : "Sat Sep 16 03:10:59 +0000 2023",
      "favorited" : false,
      "full_text" : "someone asked for root access \"just for a minute\". no.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702608311286754708"
          ],
          "editableUntil" : "2023-09-15T10:00:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "linux",
            "indices" : [
              "61",
              "67"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/b9kaLQK8KZ",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/my-terminal-setup-boring-and-fast",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "37",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1702608311286754708",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1702608311286754708",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 15 09:00:29 +0000 2023",
      "favorited" : false,
      "full_text" : "my terminal setup. boring &amp; fast https://t.co/b9kaLQK8KZ #linux",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702150863715174105"
          ],
          "editableUntil" : "2023-09-14T03:42:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "6",
      "id_str" : "1702150863715174105",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1702150863715174105",
      "created_at" : "Thu Sep 14 02:42:45 +0000 2023",
      "favorited" : false,
      "full_text" : "patched 200 servers overnight. none broke. suspicious.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1701457683674591389"
          ],
          "editableUntil" : "2023-09-12T05:48:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Legacy Larry Dev",
            "screen_name" : "legacy_larry_dev",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "224255830753493210",
            "id" : "224255830753493210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1701457683674591389",
      "truncated" : false,
      "retweet_count" : "136",
      "id" : "1701457683674591389",
      "created_at" : "Tue Sep 12 04:48:18 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @legacy_larry_dev: our oldest server just turned 18. it can vote now. it would vote for no changes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1701432777900842786"
          ],
          "editableUntil" : "2023-09-12T04:09:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "12",
      "id_str" : "1701432777900842786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1701432777900842786",
      "created_at" : "Tue Sep 12 03:09:20 +0000 2023",
      "favorited" : false,
      "full_text" : "the architecture diagram is a photo of a whiteboard from 2015.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699367594882533279"
          ],
          "editableUntil" : "2023-09-06T11:23:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "6"
      ],
      "favorite_count" : "1",
      "id_str" : "1699367594882533279",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1699367594882533279",
      "created_at" : "Wed Sep 06 10:23:02 +0000 2023",
      "favorited" : false,
      "full_text" : "great.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699045010964744481"
          ],
          "editableUntil" : "2023-09-05T14:01:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "6",
      "id_str" : "1699045010964744481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1699045010964744481",
      "created_at" : "Tue Sep 05 13:01:12 +0000 2023",
      "favorited" : false,
      "full_text" : "yaml is a data format where whitespace decides whether you get paged.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698825111991396717"
          ],
          "editableUntil" : "2023-09-04T23:27:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "9",
      "id_str" : "1698825111991396717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1698825111991396717",
      "created_at" : "Mon Sep 04 22:27:24 +0000 2023",
      "favorited" : false,
      "full_text" : "merged to main. pipeline red. walked away. came back. still red. it's a colour, not a status.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698516704820525028"
          ],
          "editableUntil" : "2023-09-04T03:01:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Legacy Larry Dev",
            "screen_name" : "legacy_larry_dev",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "224255830753493210",
            "id" : "224255830753493210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "1698516704820525028",
      "truncated" : false,
      "retweet_count" : "84",
      "id" : "1698516704820525028",
      "created_at" : "Mon Sep 04 02:01:54 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @legacy_larry_dev: just found out payroll depends on a cron job on a desktop under someone's desk. the someone retired.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698042467450294902"
          ],
          "editableUntil" : "2023-09-02T19:37:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1698042467450294902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1698042467450294902",
      "created_at" : "Sat Sep 02 18:37:27 +0000 2023",
      "favorited" : false,
      "full_text" : "they call it \"devops\" now. it used to be called \"the sysadmin does everything\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1697450848289780311"
          ],
          "editableUntil" : "2023-09-01T04:26:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KX26K61uzU",
            "expanded_url" : "https://grumpysysadmin.example.org/img/410",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "2",
      "id_str" : "1697450848289780311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1697450848289780311",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 01 03:26:34 +0000 2023",
      "favorited" : false,
      "full_text" : "https://t.co/KX26K61uzU",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1697271281745121585"
          ],
          "editableUntil" : "2023-08-31T16:33:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "8",
      "id_str" : "1697271281745121585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1697271281745121585",
      "created_at" : "Thu Aug 31 15:33:02 +0000 2023",
      "favorited" : false,
      "full_text" : "three-letter acronyms in this meeting: 47. ones i understood: 4.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1697182203116576196"
          ],
          "editableUntil" : "2023-08-31T10:39:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "1",
      "id_str" : "1697182203116576196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1697182203116576196",
      "created_at" : "Thu Aug 31 09:39:04 +0000 2023",
      "favorited" : false,
      "full_text" : "tech debt is just debt. the interest is my weekends.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1696574578490958500"
          ],
          "editableUntil" : "2023-08-29T18:24:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "2",
      "id_str" : "1696574578490958500",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1696574578490958500",
      "created_at" : "Tue Aug 29 17:24:35 +0000 2023",
      "favorited" : false,
      "full_text" : "someone named a server \"prod-do-not-use\". it's the main production server.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1695984335059641900"
          ],
          "editableUntil" : "2023-08-28T03:19:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "6",
      "id_str" : "1695984335059641900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1695984335059641900",
      "created_at" : "Mon Aug 28 02:19:10 +0000 2023",
      "favorited" : false,
      "full_text" : "spent three hours debugging. missing comma. i'm going home.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1695069389586054664"
          ],
          "editableUntil" : "2023-08-25T14:43:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "1695069389586054664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1695069389586054664",
      "created_at" : "Fri Aug 25 13:43:30 +0000 2023",
      "favorited" : false,
      "full_text" : "made the mistake of saying \"it should be fine\". it was not fine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694773548548607097"
          ],
          "editableUntil" : "2023-08-24T19:07:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1694773548548607097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694773548548607097",
      "created_at" : "Thu Aug 24 18:07:56 +0000 2023",
      "favorited" : false,
      "full_text" : "the database has a table called \"users_old_old_backup\". it has more rows than \"users\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694572029017532772"
          ],
          "editableUntil" : "2023-08-24T05:47:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grep And Coffee",
            "screen_name" : "grep_and_coffee",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "220873384505975732",
            "id" : "220873384505975732"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "89"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1694469100795205743",
      "id_str" : "1694572029017532772",
      "in_reply_to_user_id" : "220873384505975732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694572029017532772",
      "in_reply_to_status_id" : "1694469100795205743",
      "created_at" : "Thu Aug 24 04:47:10 +0000 2023",
      "favorited" : false,
      "full_text" : "@grep_and_coffee the fallback coffee is instant. we don't talk about the fallback coffee.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grep_and_coffee",
      "in_reply_to_user_id_str" : "220873384505975732"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694345528213354127"
          ],
          "editableUntil" : "2023-08-23T14:47:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "27",
      "id_str" : "1694345528213354127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694345528213354127",
      "created_at" : "Wed Aug 23 13:47:08 +0000 2023",
      "favorited" : false,
      "full_text" : "help",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694336665647631535"
          ],
          "editableUntil" : "2023-08-23T14:11:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1694336665647631535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694336665647631535",
      "created_at" : "Wed Aug 23 13:11:55 +0000 2023",
      "favorited" : false,
      "full_text" : "the intern asked what \"legacy\" means. i showed him our authentication service. he understands now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694300993092112661"
          ],
          "editableUntil" : "2023-08-23T11:50:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1694300993092112661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694300993092112661",
      "created_at" : "Wed Aug 23 10:50:10 +0000 2023",
      "favorited" : false,
      "full_text" : "the old sysadmin left me a note: \"don't touch server 7\". i have not touched server 7. server 7 is thriving.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1692566484812684741"
          ],
          "editableUntil" : "2023-08-18T16:57:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "1692566484812684741",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1692566484812684741",
      "created_at" : "Fri Aug 18 15:57:51 +0000 2023",
      "favorited" : false,
      "full_text" : "our disaster recovery plan is a pdf last opened in 2017.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1691751829338079535"
          ],
          "editableUntil" : "2023-08-16T11:00:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "2",
      "id_str" : "1691751829338079535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1691751829338079535",
      "created_at" : "Wed Aug 16 10:00:42 +0000 2023",
      "favorited" : false,
      "full_text" : "today i learned our monitoring system has been monitoring itself. and only itself. for months.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1691489664368308497"
          ],
          "editableUntil" : "2023-08-15T17:38:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "1",
      "id_str" : "1691489664368308497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1691489664368308497",
      "created_at" : "Tue Aug 15 16:38:57 +0000 2023",
      "favorited" : false,
      "full_text" : "went on holiday. came back. 400 emails. 3 mattered. i'll find them tomorrow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1691145291037622441"
          ],
          "editableUntil" : "2023-08-14T18:50:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "1691145291037622441",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1691145291037622441",
      "created_at" : "Mon Aug 14 17:50:32 +0000 2023",
      "favorited" : false,
      "full_text" : "dns. it was dns. it is always dns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1690214327514971089"
          ],
          "editableUntil" : "2023-08-12T05:11:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "1",
      "id_str" : "1690214327514971089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1690214327514971089",
      "created_at" : "Sat Aug 12 04:11:13 +0000 2023",
      "favorited" : false,
      "full_text" : "turned it off and on again. felt like a professional.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688617954443201356"
          ],
          "editableUntil" : "2023-08-07T19:27:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1688617954443201356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1688617954443201356",
      "created_at" : "Mon Aug 07 18:27:48 +0000 2023",
      "favorited" : false,
      "full_text" : "tried disabling the thing. everything broke. the thing is important.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688008111028506925"
          ],
          "editableUntil" : "2023-08-06T03:04:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "dns",
            "indices" : [
              "92",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5zPKCYQrpK",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/dns-ttl-explained-for-managers-who",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "24",
      "id_str" : "1688008111028506925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1688008111028506925",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 06 02:04:30 +0000 2023",
      "favorited" : false,
      "full_text" : "dns ttl explained for managers who ask why it's \"still not working\" https://t.co/5zPKCYQrpK #dns",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1687853488014320109"
          ],
          "editableUntil" : "2023-08-05T16:50:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "34",
      "id_str" : "1687853488014320109",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1687853488014320109",
      "created_at" : "Sat Aug 05 15:50:05 +0000 2023",
      "favorited" : false,
      "full_text" : "tuesday. the most tuesday tuesday i've had in a long time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1687517591370334464"
          ],
          "editableUntil" : "2023-08-04T18:35:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1687517591370334464",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1687517591370334464",
      "created_at" : "Fri Aug 04 17:35:21 +0000 2023",
      "favorited" : false,
      "full_text" : "marketing deployed something. website down. friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1687094574839127664"
          ],
          "editableUntil" : "2023-08-03T14:34:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "27",
      "id_str" : "1687094574839127664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1687094574839127664",
      "created_at" : "Thu Aug 03 13:34:26 +0000 2023",
      "favorited" : false,
      "full_text" : "upgraded the database. it's faster. nobody noticed. nobody ever notices.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1685952860125259714"
          ],
          "editableUntil" : "2023-07-31T10:57:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "3",
      "id_str" : "1685952860125259714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685952860125259714",
      "created_at" : "Mon Jul 31 09:57:40 +0000 2023",
      "favorited" : false,
      "full_text" : "coffee. keyboard. screen. pager. the four horsemen of my life.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1685222833125028197"
          ],
          "editableUntil" : "2023-07-29T10:36:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "11",
      "id_str" : "1685222833125028197",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685222833125028197",
      "created_at" : "Sat Jul 29 09:36:48 +0000 2023",
      "favorited" : false,
      "full_text" : "quiet on-call week. i don't trust it. i sleep with one eye open.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1685205489679589229"
          ],
          "editableUntil" : "2023-07-29T09:27:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "2",
      "id_str" : "1685205489679589229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685205489679589229",
      "created_at" : "Sat Jul 29 08:27:53 +0000 2023",
      "favorited" : false,
      "full_text" : "the server room air conditioning died. the servers are sweating. so am i.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1684932536956072899"
          ],
          "editableUntil" : "2023-07-28T15:23:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "3",
      "id_str" : "1684932536956072899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1684932536956072899",
      "created_at" : "Fri Jul 28 14:23:16 +0000 2023",
      "favorited" : false,
      "full_text" : "the coffee pot has a sign: \"please clean after use\". nobody has ever cleaned it. the sign is load-bearing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1682704573002986872"
          ],
          "editableUntil" : "2023-07-22T11:50:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "id_str" : "1682704573002986872",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1682704573002986872",
      "created_at" : "Sat Jul 22 10:50:08 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @tired_sre_anna: boring infrastructure is good infrastructure.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1682409386275778113"
          ],
          "editableUntil" : "2023-07-21T16:17:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "5",
      "id_str" : "1682409386275778113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1682409386275778113",
      "created_at" : "Fri Jul 21 15:17:10 +0000 2023",
      "favorited" : false,
      "full_text" : "a developer asked what a load balancer is. he has been here three years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1681629790995336878"
          ],
          "editableUntil" : "2023-07-19T12:39:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "3",
      "id_str" : "1681629790995336878",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1681629790995336878",
      "created_at" : "Wed Jul 19 11:39:20 +0000 2023",
      "favorited" : false,
      "full_text" : "spent an hour in a meeting about reducing meeting time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680605328048660056"
          ],
          "editableUntil" : "2023-07-16T16:48:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "1680605328048660056",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680605328048660056",
      "created_at" : "Sun Jul 16 15:48:29 +0000 2023",
      "favorited" : false,
      "full_text" : "disk full again. of course.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680589175782341150"
          ],
          "editableUntil" : "2023-07-16T15:44:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "3",
      "id_str" : "1680589175782341150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680589175782341150",
      "created_at" : "Sun Jul 16 14:44:18 +0000 2023",
      "favorited" : false,
      "full_text" : "every ticket is urgent. so none of them are.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1679853461306161932"
          ],
          "editableUntil" : "2023-07-14T15:00:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "1679853461306161932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1679853461306161932",
      "created_at" : "Fri Jul 14 14:00:50 +0000 2023",
      "favorited" : false,
      "full_text" : "coffee number four. it's 10am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678767300150212322"
          ],
          "editableUntil" : "2023-07-11T15:04:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "terraform",
            "indices" : [
              "84",
              "94"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2Pzow2BUtb",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/the-terraform-apply-and-pray-workflow",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1678767300150212322",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1678767300150212322",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 11 14:04:49 +0000 2023",
      "favorited" : false,
      "full_text" : "the \"terraform apply &amp; pray\" workflow is not a workflow https://t.co/2Pzow2BUtb #terraform",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678263148999868920"
          ],
          "editableUntil" : "2023-07-10T05:41:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "17",
      "id_str" : "1678263148999868920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1678263148999868920",
      "created_at" : "Mon Jul 10 04:41:30 +0000 2023",
      "favorited" : false,
      "full_text" : "a user's computer is \"broken\". it's unplugged. again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677691918351931865"
          ],
          "editableUntil" : "2023-07-08T15:51:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grep And Coffee",
            "screen_name" : "grep_and_coffee",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "220873384505975732",
            "id" : "220873384505975732"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "76"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1677567850838564598",
      "id_str" : "1677691918351931865",
      "in_reply_to_user_id" : "220873384505975732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677691918351931865",
      "in_reply_to_status_id" : "1677567850838564598",
      "created_at" : "Sat Jul 08 14:51:38 +0000 2023",
      "favorited" : false,
      "full_text" : "@grep_and_coffee it was dns. i didn't even read the rest. i know it was dns.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grep_and_coffee",
      "in_reply_to_user_id_str" : "220873384505975732"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1676593958616156850"
          ],
          "editableUntil" : "2023-07-05T15:08:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "4",
      "id_str" : "1676593958616156850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1676593958616156850",
      "created_at" : "Wed Jul 05 14:08:44 +0000 2023",
      "favorited" : false,
      "full_text" : "turned the ceo's router off and on again. hero of the day. cv updated.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675813071484952010"
          ],
          "editableUntil" : "2023-07-03T11:25:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "1",
      "id_str" : "1675813071484952010",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1675813071484952010",
      "created_at" : "Mon Jul 03 10:25:46 +0000 2023",
      "favorited" : false,
      "full_text" : "no.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1673722533901338595"
          ],
          "editableUntil" : "2023-06-27T16:58:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "5",
      "id_str" : "1673722533901338595",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1673722533901338595",
      "created_at" : "Tue Jun 27 15:58:43 +0000 2023",
      "favorited" : false,
      "full_text" : "not today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1673452525583299978"
          ],
          "editableUntil" : "2023-06-26T23:05:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1673452525583299978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1673452525583299978",
      "created_at" : "Mon Jun 26 22:05:48 +0000 2023",
      "favorited" : false,
      "full_text" : "the cloud is just someone else's computer that also pages you at 3am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672994545335828815"
          ],
          "editableUntil" : "2023-06-25T16:45:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "postgres",
            "indices" : [
              "84",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Pl3CzIO2KA",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/postgres-vacuum-explained-for-people-who",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "13",
      "id_str" : "1672994545335828815",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672994545335828815",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jun 25 15:45:57 +0000 2023",
      "favorited" : false,
      "full_text" : "postgres vacuum explained for people who just want to sleep https://t.co/Pl3CzIO2KA #postgres",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672805164120392668"
          ],
          "editableUntil" : "2023-06-25T04:13:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "1672805164120392668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672805164120392668",
      "created_at" : "Sun Jun 25 03:13:25 +0000 2023",
      "favorited" : false,
      "full_text" : "this legacy code has a function called doStuff2. there is no doStuff. there never was.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672223544178269801"
          ],
          "editableUntil" : "2023-06-23T13:42:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1672223544178269801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672223544178269801",
      "created_at" : "Fri Jun 23 12:42:16 +0000 2023",
      "favorited" : false,
      "full_text" : "they want a chatbot for the helpdesk. i am the chatbot. i have been the chatbot for 12 years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671276755550158080"
          ],
          "editableUntil" : "2023-06-20T23:00:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ops Weekly Digest",
            "screen_name" : "ops_weekly_digest",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "538729131387601661",
            "id" : "538729131387601661"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1671276755550158080",
      "truncated" : false,
      "retweet_count" : "97",
      "id" : "1671276755550158080",
      "created_at" : "Tue Jun 20 22:00:04 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @ops_weekly_digest: this week: three major outages traced back to expired certificates. automate your renewals, folks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670116225185412203"
          ],
          "editableUntil" : "2023-06-17T18:08:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1670116225185412203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1670116225185412203",
      "created_at" : "Sat Jun 17 17:08:32 +0000 2023",
      "favorited" : false,
      "full_text" : "coffee. then the pager. then more coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670090782539801183"
          ],
          "editableUntil" : "2023-06-17T16:27:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "1",
      "id_str" : "1670090782539801183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1670090782539801183",
      "created_at" : "Sat Jun 17 15:27:26 +0000 2023",
      "favorited" : false,
      "full_text" : "pager went off during dinner. false alarm. dinner also ruined.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670058951965035665"
          ],
          "editableUntil" : "2023-06-17T14:20:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "6",
      "id_str" : "1670058951965035665",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1670058951965035665",
      "created_at" : "Sat Jun 17 13:20:57 +0000 2023",
      "favorited" : false,
      "full_text" : "four hour outage. root cause: a typo in a config file. the typo was mine. i am the root cause.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1669553534138714838"
          ],
          "editableUntil" : "2023-06-16T04:52:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sre",
            "indices" : [
              "97",
              "101"
            ]
          },
          {
            "text" : "monitoring",
            "indices" : [
              "102",
              "113"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uho8CNd0VK",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/our-alerting-rules-rewritten-312-alerts",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "1669553534138714838",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1669553534138714838",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 16 03:52:36 +0000 2023",
      "favorited" : false,
      "full_text" : "our alerting rules, rewritten. 312 alerts &gt; 41 alerts. sleep restored https://t.co/uho8CNd0VK #sre #monitoring",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1669550442935906212"
          ],
          "editableUntil" : "2023-06-16T04:40:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "7",
      "id_str" : "1669550442935906212",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1669550442935906212",
      "created_at" : "Fri Jun 16 03:40:19 +0000 2023",
      "favorited" : false,
      "full_text" : "coffee number seven. i can see sounds now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1668962351186549495"
          ],
          "editableUntil" : "2023-06-14T13:43:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "linux",
            "indices" : [
              "97",
              "103"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MP8I2NH93b",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/my-cron-cheat-sheet-because-nobody",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "11",
      "id_str" : "1668962351186549495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1668962351186549495",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 14 12:43:27 +0000 2023",
      "favorited" : false,
      "full_text" : "my cron cheat sheet, because nobody remembers which field is day-of-week https://t.co/MP8I2NH93b #linux",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1667525042895455244"
          ],
          "editableUntil" : "2023-06-10T14:32:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "5",
      "id_str" : "1667525042895455244",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1667525042895455244",
      "created_at" : "Sat Jun 10 13:32:06 +0000 2023",
      "favorited" : false,
      "full_text" : "we have a \"single source of truth\". it's three spreadsheets and a wiki.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1666494376573082436"
          ],
          "editableUntil" : "2023-06-07T18:16:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grep And Coffee",
            "screen_name" : "grep_and_coffee",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "220873384505975732",
            "id" : "220873384505975732"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1666494376573082436",
      "truncated" : false,
      "retweet_count" : "149",
      "id" : "1666494376573082436",
      "created_at" : "Wed Jun 07 17:16:36 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @grep_and_coffee: dns is the only system where \"wait 48 hours\" is considered a valid fix",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1664982598415425359"
          ],
          "editableUntil" : "2023-06-03T14:09:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "3",
      "id_str" : "1664982598415425359",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1664982598415425359",
      "created_at" : "Sat Jun 03 13:09:20 +0000 2023",
      "favorited" : false,
      "full_text" : "legacy system has a config option called \"enable_the_thing\". nobody knows what the thing is. it's enabled.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1664399019734690359"
          ],
          "editableUntil" : "2023-06-01T23:30:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "1",
      "id_str" : "1664399019734690359",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1664399019734690359",
      "created_at" : "Thu Jun 01 22:30:24 +0000 2023",
      "favorited" : false,
      "full_text" : "manager: \"can we have 100% uptime?\" me: \"can we have 100% budget?\"",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663929802946855111"
          ],
          "editableUntil" : "2023-05-31T16:25:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "9",
      "id_str" : "1663929802946855111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663929802946855111",
      "created_at" : "Wed May 31 15:25:54 +0000 2023",
      "favorited" : false,
      "full_text" : "good morning to everyone except whoever wrote this bash script.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663245900710825392"
          ],
          "editableUntil" : "2023-05-29T19:08:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ops Weekly Digest",
            "screen_name" : "ops_weekly_digest",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "538729131387601661",
            "id" : "538729131387601661"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "84"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1663172668159582937",
      "id_str" : "1663245900710825392",
      "in_reply_to_user_id" : "538729131387601661",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1663245900710825392",
      "in_reply_to_status_id" : "1663172668159582937",
      "created_at" : "Mon May 29 18:08:19 +0000 2023",
      "favorited" : false,
      "full_text" : "@ops_weekly_digest we automated ours. then the automation's own certificate expired.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ops_weekly_digest",
      "in_reply_to_user_id_str" : "538729131387601661"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663036575577194542"
          ],
          "editableUntil" : "2023-05-29T05:16:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ops Weekly Digest",
            "screen_name" : "ops_weekly_digest",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "538729131387601661",
            "id" : "538729131387601661"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1662970389461979987",
      "id_str" : "1663036575577194542",
      "in_reply_to_user_id" : "538729131387601661",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1663036575577194542",
      "in_reply_to_status_id" : "1662970389461979987",
      "created_at" : "Mon May 29 04:16:32 +0000 2023",
      "favorited" : false,
      "full_text" : "@ops_weekly_digest leap seconds should be illegal. along with time zones. and daylight saving.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ops_weekly_digest",
      "in_reply_to_user_id_str" : "538729131387601661"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663006431117209007"
          ],
          "editableUntil" : "2023-05-29T03:16:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "11",
      "id_str" : "1663006431117209007",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1663006431117209007",
      "created_at" : "Mon May 29 02:16:45 +0000 2023",
      "favorited" : false,
      "full_text" : "rebooted it. it works now. no, i don't know why. no, i won't be writing that in the postmortem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1662665442588527356"
          ],
          "editableUntil" : "2023-05-28T04:41:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "1662665442588527356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1662665442588527356",
      "created_at" : "Sun May 28 03:41:47 +0000 2023",
      "favorited" : false,
      "full_text" : "got paged. fixed it. went back to bed. got paged again. same thing. i hadn't fixed it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660990971573532209"
          ],
          "editableUntil" : "2023-05-23T13:48:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1660990971573532209",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1660990971573532209",
      "created_at" : "Tue May 23 12:48:02 +0000 2023",
      "favorited" : false,
      "full_text" : "new laptop. day one spent installing things. day two spent uninstalling things.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660854216293993728"
          ],
          "editableUntil" : "2023-05-23T04:44:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "9",
      "id_str" : "1660854216293993728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1660854216293993728",
      "created_at" : "Tue May 23 03:44:37 +0000 2023",
      "favorited" : false,
      "full_text" : "postmortem action items from 2021: 12. completed: 0. new postmortem: same action items.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660483725032426707"
          ],
          "editableUntil" : "2023-05-22T04:12:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "1",
      "id_str" : "1660483725032426707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1660483725032426707",
      "created_at" : "Mon May 22 03:12:25 +0000 2023",
      "favorited" : false,
      "full_text" : "it was dns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660121874039014279"
          ],
          "editableUntil" : "2023-05-21T04:14:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ops Weekly Digest",
            "screen_name" : "ops_weekly_digest",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "538729131387601661",
            "id" : "538729131387601661"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1660121874039014279",
      "truncated" : false,
      "retweet_count" : "117",
      "id" : "1660121874039014279",
      "created_at" : "Sun May 21 03:14:33 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @ops_weekly_digest: incident of the week: a leap second. yes, still.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1659680582924571545"
          ],
          "editableUntil" : "2023-05-19T23:01:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "7",
      "id_str" : "1659680582924571545",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1659680582924571545",
      "created_at" : "Fri May 19 22:01:01 +0000 2023",
      "favorited" : false,
      "full_text" : "on-call week starts today. said goodbye to my family.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1659526907821268357"
          ],
          "editableUntil" : "2023-05-19T12:50:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "2",
      "id_str" : "1659526907821268357",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1659526907821268357",
      "created_at" : "Fri May 19 11:50:22 +0000 2023",
      "favorited" : false,
      "full_text" : "manager asked for an estimate. i said two weeks. it will be six. we both know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656867932994077062"
          ],
          "editableUntil" : "2023-05-12T04:44:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "oncall",
            "indices" : [
              "98",
              "105"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gJFbP5Rwht",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/the-runbook-template-we-use-now",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "28",
      "id_str" : "1656867932994077062",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1656867932994077062",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 12 03:44:33 +0000 2023",
      "favorited" : false,
      "full_text" : "the runbook template we use now. fill it in &amp; save a colleague at 3am https://t.co/gJFbP5Rwht #oncall",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1655407476342850839"
          ],
          "editableUntil" : "2023-05-08T04:01:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ops Weekly Digest",
            "screen_name" : "ops_weekly_digest",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "538729131387601661",
            "id" : "538729131387601661"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1655381555544756825",
      "id_str" : "1655407476342850839",
      "in_reply_to_user_id" : "538729131387601661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1655407476342850839",
      "in_reply_to_status_id" : "1655381555544756825",
      "created_at" : "Mon May 08 03:01:13 +0000 2023",
      "favorited" : false,
      "full_text" : "@ops_weekly_digest i ignore 100% of alerts that say \"info\". saves time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ops_weekly_digest",
      "in_reply_to_user_id_str" : "538729131387601661"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654488688886179445"
          ],
          "editableUntil" : "2023-05-05T15:10:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yaml Hater 3000",
            "screen_name" : "yaml_hater_3000",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "567226076593048594",
            "id" : "567226076593048594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "81"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1654375442674986236",
      "id_str" : "1654488688886179445",
      "in_reply_to_user_id" : "567226076593048594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1654488688886179445",
      "in_reply_to_status_id" : "1654375442674986236",
      "created_at" : "Fri May 05 14:10:17 +0000 2023",
      "favorited" : false,
      "full_text" : "@yaml_hater_3000 nine? you stopped early. there's a tenth one nobody talks about.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yaml_hater_3000",
      "in_reply_to_user_id_str" : "567226076593048594"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653446840546533564"
          ],
          "editableUntil" : "2023-05-02T18:10:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1653446840546533564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1653446840546533564",
      "created_at" : "Tue May 02 17:10:21 +0000 2023",
      "favorited" : false,
      "full_text" : "migrating from one config management tool to another. the new one also uses yaml. of course.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1652509690429769278"
          ],
          "editableUntil" : "2023-04-30T04:06:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "kubernetes",
            "indices" : [
              "65",
              "76"
            ]
          },
          {
            "text" : "devops",
            "indices" : [
              "77",
              "84"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/H5ZV0OPe0D",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/why-we-stopped-using-latest-tags",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "41",
              "64"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1652509690429769278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1652509690429769278",
      "possibly_sensitive" : false,
      "created_at" : "Sun Apr 30 03:06:27 +0000 2023",
      "favorited" : false,
      "full_text" : "why we stopped using latest tags in prod https://t.co/H5ZV0OPe0D #kubernetes #devops",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1650632236073190856"
          ],
          "editableUntil" : "2023-04-24T23:46:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "13",
      "id_str" : "1650632236073190856",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1650632236073190856",
      "created_at" : "Mon Apr 24 22:46:07 +0000 2023",
      "favorited" : false,
      "full_text" : "\"can we schedule downtime?\" \"sure. when?\" \"never.\" great plan.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1650554301709476285"
          ],
          "editableUntil" : "2023-04-24T18:36:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "1650554301709476285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1650554301709476285",
      "created_at" : "Mon Apr 24 17:36:26 +0000 2023",
      "favorited" : false,
      "full_text" : "our ci pipeline takes 47 minutes. i've learned to knit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1650491810775048836"
          ],
          "editableUntil" : "2023-04-24T14:28:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Legacy Larry Dev",
            "screen_name" : "legacy_larry_dev",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "224255830753493210",
            "id" : "224255830753493210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "73"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "1650355915322515260",
      "id_str" : "1650491810775048836",
      "in_reply_to_user_id" : "224255830753493210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1650491810775048836",
      "in_reply_to_status_id" : "1650355915322515260",
      "created_at" : "Mon Apr 24 13:28:07 +0000 2023",
      "favorited" : false,
      "full_text" : "@legacy_larry_dev ours turned 21 last year. we got it a cake. it crashed.",
      "lang" : "en",
      "in_reply_to_screen_name" : "legacy_larry_dev",
      "in_reply_to_user_id_str" : "224255830753493210"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649982089591368143"
          ],
          "editableUntil" : "2023-04-23T04:42:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "10",
      "id_str" : "1649982089591368143",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1649982089591368143",
      "created_at" : "Sun Apr 23 03:42:40 +0000 2023",
      "favorited" : false,
      "full_text" : "reviewing a pull request with the description \"stuff\". it changes 80 files. approved. i'm tired.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649771363564448421"
          ],
          "editableUntil" : "2023-04-22T14:45:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grep And Coffee",
            "screen_name" : "grep_and_coffee",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "220873384505975732",
            "id" : "220873384505975732"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "1649771363564448421",
      "truncated" : false,
      "retweet_count" : "63",
      "id" : "1649771363564448421",
      "created_at" : "Sat Apr 22 13:45:19 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @grep_and_coffee: coffee is a dependency. treat it like one. have a fallback.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1648341873456766693"
          ],
          "editableUntil" : "2023-04-18T16:05:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Legacy Larry Dev",
            "screen_name" : "legacy_larry_dev",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "224255830753493210",
            "id" : "224255830753493210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "81"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1648216044336975759",
      "id_str" : "1648341873456766693",
      "in_reply_to_user_id" : "224255830753493210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1648341873456766693",
      "in_reply_to_status_id" : "1648216044336975759",
      "created_at" : "Tue Apr 18 15:05:02 +0000 2023",
      "favorited" : false,
      "full_text" : "@legacy_larry_dev our tax function has a comment that just says \"don't\". respect.",
      "lang" : "en",
      "in_reply_to_screen_name" : "legacy_larry_dev",
      "in_reply_to_user_id_str" : "224255830753493210"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1648159458984612228"
          ],
          "editableUntil" : "2023-04-18T04:00:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yaml Hater 3000",
            "screen_name" : "yaml_hater_3000",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "567226076593048594",
            "id" : "567226076593048594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "91"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1648076915078873921",
      "id_str" : "1648159458984612228",
      "in_reply_to_user_id" : "567226076593048594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1648159458984612228",
      "in_reply_to_status_id" : "1648076915078873921",
      "created_at" : "Tue Apr 18 03:00:11 +0000 2023",
      "favorited" : false,
      "full_text" : "@yaml_hater_3000 country code no being false is the most yaml thing that has ever happened.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yaml_hater_3000",
      "in_reply_to_user_id_str" : "567226076593048594"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645362898402701891"
          ],
          "editableUntil" : "2023-04-10T10:47:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "11",
      "id_str" : "1645362898402701891",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645362898402701891",
      "created_at" : "Mon Apr 10 09:47:39 +0000 2023",
      "favorited" : false,
      "full_text" : "the fix was one line. finding the line took three days.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645096774008658185"
          ],
          "editableUntil" : "2023-04-09T17:10:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "1645096774008658185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645096774008658185",
      "created_at" : "Sun Apr 09 16:10:10 +0000 2023",
      "favorited" : false,
      "full_text" : "weekend. pager silent. suspicious. checked it. battery dead. great.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1644547148216183361"
          ],
          "editableUntil" : "2023-04-08T04:46:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "6"
      ],
      "favorite_count" : "2",
      "id_str" : "1644547148216183361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644547148216183361",
      "created_at" : "Sat Apr 08 03:46:09 +0000 2023",
      "favorited" : false,
      "full_text" : "lunch?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643833600635849038"
          ],
          "editableUntil" : "2023-04-06T05:30:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "1643833600635849038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1643833600635849038",
      "created_at" : "Thu Apr 06 04:30:46 +0000 2023",
      "favorited" : false,
      "full_text" : "turned off a server nobody uses. three teams immediately complained.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643537302419562135"
          ],
          "editableUntil" : "2023-04-05T09:53:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "7",
      "id_str" : "1643537302419562135",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1643537302419562135",
      "created_at" : "Wed Apr 05 08:53:23 +0000 2023",
      "favorited" : false,
      "full_text" : "someone asked \"can't you just google it?\". yes. that's literally the whole job.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642909276697751767"
          ],
          "editableUntil" : "2023-04-03T16:17:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sysadmin",
            "indices" : [
              "83",
              "92"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/nxLW5Ick6p",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/migrating-off-windows-2003-a-retrospective",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1642909276697751767",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1642909276697751767",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 03 15:17:50 +0000 2023",
      "favorited" : false,
      "full_text" : "migrating off windows 2003. a retrospective &amp; a eulogy https://t.co/nxLW5Ick6p #sysadmin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642870261284211240"
          ],
          "editableUntil" : "2023-04-03T13:42:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1642870261284211240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1642870261284211240",
      "created_at" : "Mon Apr 03 12:42:48 +0000 2023",
      "favorited" : false,
      "full_text" : "cleaned out the server room. found a 2003 laptop still plugged in. it was serving something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641744019355726201"
          ],
          "editableUntil" : "2023-03-31T11:07:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "15",
      "id_str" : "1641744019355726201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1641744019355726201",
      "created_at" : "Fri Mar 31 10:07:31 +0000 2023",
      "favorited" : false,
      "full_text" : "rule two: you don't understand anything at 3am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1640419038721102350"
          ],
          "editableUntil" : "2023-03-27T19:22:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "6",
      "id_str" : "1640419038721102350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1640419038721102350",
      "created_at" : "Mon Mar 27 18:22:31 +0000 2023",
      "favorited" : false,
      "full_text" : "so tired",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637887298108860820"
          ],
          "editableUntil" : "2023-03-20T19:42:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "12",
      "id_str" : "1637887298108860820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637887298108860820",
      "created_at" : "Mon Mar 20 18:42:17 +0000 2023",
      "favorited" : false,
      "full_text" : "the junior asked me how i know so much. pain. the answer is pain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637805081360366668"
          ],
          "editableUntil" : "2023-03-20T14:15:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "1637805081360366668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637805081360366668",
      "created_at" : "Mon Mar 20 13:15:35 +0000 2023",
      "favorited" : false,
      "full_text" : "load test passed. real users arrived. they don't follow the load test script.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637416118384231558"
          ],
          "editableUntil" : "2023-03-19T12:29:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1637416118384231558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637416118384231558",
      "created_at" : "Sun Mar 19 11:29:59 +0000 2023",
      "favorited" : false,
      "full_text" : "the problem with \"quick fixes\" is they're permanent and not quick.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637226045111296160"
          ],
          "editableUntil" : "2023-03-18T23:54:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "1637226045111296160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637226045111296160",
      "created_at" : "Sat Mar 18 22:54:42 +0000 2023",
      "favorited" : false,
      "full_text" : "dns change made at 5pm. it's 9pm. half the internet sees the old ip. i'm eating cereal for dinner.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636920745919247241"
          ],
          "editableUntil" : "2023-03-18T03:41:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "1636920745919247241",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1636920745919247241",
      "created_at" : "Sat Mar 18 02:41:33 +0000 2023",
      "favorited" : false,
      "full_text" : "deleted the wrong directory. had a backup. i'm still shaking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636351843105464179"
          ],
          "editableUntil" : "2023-03-16T14:00:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "12",
      "id_str" : "1636351843105464179",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1636351843105464179",
      "created_at" : "Thu Mar 16 13:00:56 +0000 2023",
      "favorited" : false,
      "full_text" : "certificate expired. again. the calendar reminder was set by someone who left in 2020.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635664631559354424"
          ],
          "editableUntil" : "2023-03-14T16:30:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "7",
      "id_str" : "1635664631559354424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1635664631559354424",
      "created_at" : "Tue Mar 14 15:30:12 +0000 2023",
      "favorited" : false,
      "full_text" : "got a new phone. took 4 hours to move all the 2fa tokens. worth it. probably.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635626748609286263"
          ],
          "editableUntil" : "2023-03-14T13:59:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "3",
      "id_str" : "1635626748609286263",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1635626748609286263",
      "created_at" : "Tue Mar 14 12:59:40 +0000 2023",
      "favorited" : false,
      "full_text" : "decommissioned a server today. gave it a small funeral. it served well.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635274733256160790"
          ],
          "editableUntil" : "2023-03-13T14:40:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "4",
      "id_str" : "1635274733256160790",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1635274733256160790",
      "created_at" : "Mon Mar 13 13:40:53 +0000 2023",
      "favorited" : false,
      "full_text" : "rotated the api keys. broke four integrations nobody knew existed. now they exist.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631647230719272388"
          ],
          "editableUntil" : "2023-03-03T14:26:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "2",
      "id_str" : "1631647230719272388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631647230719272388",
      "created_at" : "Fri Mar 03 13:26:29 +0000 2023",
      "favorited" : false,
      "full_text" : "got a call from the ceo's assistant. the ceo's wifi is slow. p1 incident.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630970223919806650"
          ],
          "editableUntil" : "2023-03-01T17:36:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "kubernetes",
            "indices" : [
              "85",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DKRL82jBwM",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/helm-values-explained-as-far-as",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "47",
      "id_str" : "1630970223919806650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630970223919806650",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 01 16:36:18 +0000 2023",
      "favorited" : false,
      "full_text" : "helm values explained, as far as i understand them (not far) https://t.co/DKRL82jBwM #kubernetes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630510788246785633"
          ],
          "editableUntil" : "2023-02-28T11:10:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "id_str" : "1630510788246785633",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1630510788246785633",
      "created_at" : "Tue Feb 28 10:10:40 +0000 2023",
      "favorited" : false,
      "full_text" : "yaml has no business being this fragile.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630231019782845624"
          ],
          "editableUntil" : "2023-02-27T16:38:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1630231019782845624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630231019782845624",
      "created_at" : "Mon Feb 27 15:38:58 +0000 2023",
      "favorited" : false,
      "full_text" : "all-hands meeting. the ceo said \"synergy\" eleven times. i counted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630128242554460401"
          ],
          "editableUntil" : "2023-02-27T09:50:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "18",
      "id_str" : "1630128242554460401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630128242554460401",
      "created_at" : "Mon Feb 27 08:50:34 +0000 2023",
      "favorited" : false,
      "full_text" : "reading a 900 line bash script written by an intern in 2011. send coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1628042134156933306"
          ],
          "editableUntil" : "2023-02-21T15:41:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1628042134156933306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1628042134156933306",
      "created_at" : "Tue Feb 21 14:41:07 +0000 2023",
      "favorited" : false,
      "full_text" : "the password manager needs a password. which i forgot. which is stored in the password manager.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626518611952552418"
          ],
          "editableUntil" : "2023-02-17T10:47:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "8",
      "id_str" : "1626518611952552418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1626518611952552418",
      "created_at" : "Fri Feb 17 09:47:11 +0000 2023",
      "favorited" : false,
      "full_text" : "wrote a runbook. nobody read it. got paged. read it to them over the phone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1625340926884750225"
          ],
          "editableUntil" : "2023-02-14T04:47:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "id_str" : "1625340926884750225",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1625340926884750225",
      "created_at" : "Tue Feb 14 03:47:29 +0000 2023",
      "favorited" : false,
      "full_text" : "it was me. i turned debug on in 2021. forgot. sorry, disk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624894673911666527"
          ],
          "editableUntil" : "2023-02-12T23:14:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1624894673911666527",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1624894673911666527",
      "created_at" : "Sun Feb 12 22:14:14 +0000 2023",
      "favorited" : false,
      "full_text" : "dns ttl was set to one week. on purpose. by someone. i'd like a word.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624234922476528640"
          ],
          "editableUntil" : "2023-02-11T03:32:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "1624234922476528640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1624234922476528640",
      "created_at" : "Sat Feb 11 02:32:37 +0000 2023",
      "favorited" : false,
      "full_text" : "tired of meetings about the cloud migration. the cloud is still there. we are still here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623309898086966479"
          ],
          "editableUntil" : "2023-02-08T14:16:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "2",
      "id_str" : "1623309898086966479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623309898086966479",
      "created_at" : "Wed Feb 08 13:16:54 +0000 2023",
      "favorited" : false,
      "full_text" : "another vendor promising \"zero downtime migration\". sure.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623267313320890770"
          ],
          "editableUntil" : "2023-02-08T11:27:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1623267313320890770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623267313320890770",
      "created_at" : "Wed Feb 08 10:27:41 +0000 2023",
      "favorited" : false,
      "full_text" : "the load balancer is balancing. the load is not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623246186608701740"
          ],
          "editableUntil" : "2023-02-08T10:03:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1623246186608701740",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623246186608701740",
      "created_at" : "Wed Feb 08 09:03:44 +0000 2023",
      "favorited" : false,
      "full_text" : "printer is down. they called the sysadmin. i am not a printer person. nobody is a printer person.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1622159257894894760"
          ],
          "editableUntil" : "2023-02-05T10:04:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "1",
      "id_str" : "1622159257894894760",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1622159257894894760",
      "created_at" : "Sun Feb 05 09:04:40 +0000 2023",
      "favorited" : false,
      "full_text" : "yaml.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621434805123038031"
          ],
          "editableUntil" : "2023-02-03T10:05:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "1621434805123038031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1621434805123038031",
      "created_at" : "Fri Feb 03 09:05:57 +0000 2023",
      "favorited" : false,
      "full_text" : "paged again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621429612574527014"
          ],
          "editableUntil" : "2023-02-03T09:45:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1621429612574527014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1621429612574527014",
      "created_at" : "Fri Feb 03 08:45:19 +0000 2023",
      "favorited" : false,
      "full_text" : "tabs versus spaces. i don't care anymore. i just want to sleep.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1619992606276900557"
          ],
          "editableUntil" : "2023-01-30T10:35:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "3",
      "id_str" : "1619992606276900557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1619992606276900557",
      "created_at" : "Mon Jan 30 09:35:10 +0000 2023",
      "favorited" : false,
      "full_text" : "ugh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1618949080217168103"
          ],
          "editableUntil" : "2023-01-27T13:28:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "1618949080217168103",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1618949080217168103",
      "created_at" : "Fri Jan 27 12:28:34 +0000 2023",
      "favorited" : false,
      "full_text" : "i have a drawer full of usb cables and not one of them is the right one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1618803873412979521"
          ],
          "editableUntil" : "2023-01-27T03:51:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "id_str" : "1618803873412979521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1618803873412979521",
      "created_at" : "Fri Jan 27 02:51:34 +0000 2023",
      "favorited" : false,
      "full_text" : "the company moved to a new chat tool. same messages, new notification sound to hate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1618277819611451138"
          ],
          "editableUntil" : "2023-01-25T17:01:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "8",
      "id_str" : "1618277819611451138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1618277819611451138",
      "created_at" : "Wed Jan 25 16:01:13 +0000 2023",
      "favorited" : false,
      "full_text" : "someone scheduled a meeting to discuss the number of meetings. i accepted. i have given up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1617879721442134374"
          ],
          "editableUntil" : "2023-01-24T14:39:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Legacy Larry Dev",
            "screen_name" : "legacy_larry_dev",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "224255830753493210",
            "id" : "224255830753493210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "74"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1617855310592907534",
      "id_str" : "1617879721442134374",
      "in_reply_to_user_id" : "224255830753493210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1617879721442134374",
      "in_reply_to_status_id" : "1617855310592907534",
      "created_at" : "Tue Jan 24 13:39:19 +0000 2023",
      "favorited" : false,
      "full_text" : "@legacy_larry_dev cobol will outlive the sun. we are just passing through.",
      "lang" : "en",
      "in_reply_to_screen_name" : "legacy_larry_dev",
      "in_reply_to_user_id_str" : "224255830753493210"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1617085563533545050"
          ],
          "editableUntil" : "2023-01-22T10:03:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "2",
      "id_str" : "1617085563533545050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1617085563533545050",
      "created_at" : "Sun Jan 22 09:03:37 +0000 2023",
      "favorited" : false,
      "full_text" : "i don't fear outages. i fear the meeting after the outage.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616290520626343861"
          ],
          "editableUntil" : "2023-01-20T05:24:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "6",
      "id_str" : "1616290520626343861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1616290520626343861",
      "created_at" : "Fri Jan 20 04:24:24 +0000 2023",
      "favorited" : false,
      "full_text" : "rewrote a shell script in python. it's now slower and has more dependencies. progress.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616265002480931734"
          ],
          "editableUntil" : "2023-01-20T03:43:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "2",
      "id_str" : "1616265002480931734",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1616265002480931734",
      "created_at" : "Fri Jan 20 02:43:00 +0000 2023",
      "favorited" : false,
      "full_text" : "it's dns",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616077970079380893"
          ],
          "editableUntil" : "2023-01-19T15:19:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "vim",
            "indices" : [
              "80",
              "84"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UBnarsgjzr",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/why-i-still-use-vim-short",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "56",
              "79"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "11",
      "id_str" : "1616077970079380893",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1616077970079380893",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jan 19 14:19:48 +0000 2023",
      "favorited" : false,
      "full_text" : "why i still use vim. short answer: it's on every server https://t.co/UBnarsgjzr #vim",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615688889661224126"
          ],
          "editableUntil" : "2023-01-18T13:33:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grep And Coffee",
            "screen_name" : "grep_and_coffee",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "220873384505975732",
            "id" : "220873384505975732"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "83"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1615591246267378054",
      "id_str" : "1615688889661224126",
      "in_reply_to_user_id" : "220873384505975732",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1615688889661224126",
      "in_reply_to_status_id" : "1615591246267378054",
      "created_at" : "Wed Jan 18 12:33:44 +0000 2023",
      "favorited" : false,
      "full_text" : "@grep_and_coffee got caught by rm -rf once. once was enough. i still have the scar.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grep_and_coffee",
      "in_reply_to_user_id_str" : "220873384505975732"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615287104701040290"
          ],
          "editableUntil" : "2023-01-17T10:57:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "2",
      "id_str" : "1615287104701040290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615287104701040290",
      "created_at" : "Tue Jan 17 09:57:11 +0000 2023",
      "favorited" : false,
      "full_text" : "\"works on my machine\". great. we'll ship your machine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1614767363325868491"
          ],
          "editableUntil" : "2023-01-16T00:31:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "12",
      "id_str" : "1614767363325868491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1614767363325868491",
      "created_at" : "Sun Jan 15 23:31:55 +0000 2023",
      "favorited" : false,
      "full_text" : "the new hire asked where the documentation is. i pointed at my head. he looked scared.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1614592335018128560"
          ],
          "editableUntil" : "2023-01-15T12:56:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "22",
      "id_str" : "1614592335018128560",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1614592335018128560",
      "created_at" : "Sun Jan 15 11:56:25 +0000 2023",
      "favorited" : false,
      "full_text" : "legacy code comment from 2009 says \"temporary fix\". it's holding up the entire billing system.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613938220728331667"
          ],
          "editableUntil" : "2023-01-13T17:37:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "2",
      "id_str" : "1613938220728331667",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1613938220728331667",
      "created_at" : "Fri Jan 13 16:37:12 +0000 2023",
      "favorited" : false,
      "full_text" : "the logs say \"error: success\". i have no further questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613368533581577304"
          ],
          "editableUntil" : "2023-01-12T03:53:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1613290771182853747",
      "id_str" : "1613368533581577304",
      "in_reply_to_user_id" : "312916432210081238",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1613368533581577304",
      "in_reply_to_status_id" : "1613290771182853747",
      "created_at" : "Thu Jan 12 02:53:28 +0000 2023",
      "favorited" : false,
      "full_text" : "@tired_sre_anna took leave once. came back to a new monitoring tool and three new teams. never again.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tired_sre_anna",
      "in_reply_to_user_id_str" : "312916432210081238"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613203168950059186"
          ],
          "editableUntil" : "2023-01-11T16:56:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "6",
      "id_str" : "1613203168950059186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1613203168950059186",
      "created_at" : "Wed Jan 11 15:56:22 +0000 2023",
      "favorited" : false,
      "full_text" : "regex. it worked. i don't know how. i'll never touch it again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1612827963293841342"
          ],
          "editableUntil" : "2023-01-10T16:05:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Legacy Larry Dev",
            "screen_name" : "legacy_larry_dev",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "224255830753493210",
            "id" : "224255830753493210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "1612827963293841342",
      "truncated" : false,
      "retweet_count" : "104",
      "id" : "1612827963293841342",
      "created_at" : "Tue Jan 10 15:05:26 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @legacy_larry_dev: found a comment in our codebase from 2004: \"i'm sorry\". it's above the function that calculates tax.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1612233022243665252"
          ],
          "editableUntil" : "2023-01-09T00:41:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "17",
      "id_str" : "1612233022243665252",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1612233022243665252",
      "created_at" : "Sun Jan 08 23:41:21 +0000 2023",
      "favorited" : false,
      "full_text" : "my home lab has better uptime than work. my home lab is a shoebox.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611716627923033400"
          ],
          "editableUntil" : "2023-01-07T14:29:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "1611716627923033400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611716627923033400",
      "created_at" : "Sat Jan 07 13:29:23 +0000 2023",
      "favorited" : false,
      "full_text" : "a team asked for a \"simple\" database. i gave them postgres. they wanted a spreadsheet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611322774388906000"
          ],
          "editableUntil" : "2023-01-06T12:24:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "6",
      "id_str" : "1611322774388906000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611322774388906000",
      "created_at" : "Fri Jan 06 11:24:21 +0000 2023",
      "favorited" : false,
      "full_text" : "\"the system is slow\". which system. \"the computer\". thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610942397153020895"
          ],
          "editableUntil" : "2023-01-05T11:12:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "1610942397153020895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610942397153020895",
      "created_at" : "Thu Jan 05 10:12:52 +0000 2023",
      "favorited" : false,
      "full_text" : "upgrading java. pray for me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610932565705431424"
          ],
          "editableUntil" : "2023-01-05T10:33:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grep And Coffee",
            "screen_name" : "grep_and_coffee",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "220873384505975732",
            "id" : "220873384505975732"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1610932565705431424",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "1610932565705431424",
      "created_at" : "Thu Jan 05 09:33:48 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @grep_and_coffee: friendly reminder that rm -rf does not ask \"are you sure\"",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1608790362686176544"
          ],
          "editableUntil" : "2022-12-30T12:41:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "5",
      "id_str" : "1608790362686176544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1608790362686176544",
      "created_at" : "Fri Dec 30 11:41:27 +0000 2022",
      "favorited" : false,
      "full_text" : "someone replied all to the whole company. then 40 people replied all asking everyone to stop replying all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1608443523102710611"
          ],
          "editableUntil" : "2022-12-29T13:43:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "19",
      "id_str" : "1608443523102710611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1608443523102710611",
      "created_at" : "Thu Dec 29 12:43:14 +0000 2022",
      "favorited" : false,
      "full_text" : "sure.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1608040970582602069"
          ],
          "editableUntil" : "2022-12-28T11:03:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "2",
      "id_str" : "1608040970582602069",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1608040970582602069",
      "created_at" : "Wed Dec 28 10:03:38 +0000 2022",
      "favorited" : false,
      "full_text" : "the cpu has been at 100% since april. we call it \"efficient\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607952483352963081"
          ],
          "editableUntil" : "2022-12-28T05:12:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "5",
      "id_str" : "1607952483352963081",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607952483352963081",
      "created_at" : "Wed Dec 28 04:12:01 +0000 2022",
      "favorited" : false,
      "full_text" : "quarterly planning. we planned to do the things we planned last quarter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607727895151578396"
          ],
          "editableUntil" : "2022-12-27T14:19:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "9",
      "id_str" : "1607727895151578396",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1607727895151578396",
      "created_at" : "Tue Dec 27 13:19:35 +0000 2022",
      "favorited" : false,
      "full_text" : "\"we need better observability\". we need fewer things to observe.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607525557731764223"
          ],
          "editableUntil" : "2022-12-27T00:55:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "1607525557731764223",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607525557731764223",
      "created_at" : "Mon Dec 26 23:55:34 +0000 2022",
      "favorited" : false,
      "full_text" : "the config file is 3,000 lines of yaml. the comments are in three languages. none of them english.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1606850627108276941"
          ],
          "editableUntil" : "2022-12-25T04:13:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "3",
      "id_str" : "1606850627108276941",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1606850627108276941",
      "created_at" : "Sun Dec 25 03:13:38 +0000 2022",
      "favorited" : false,
      "full_text" : "disk full again. it's the logs. it's always the logs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1606349802045007090"
          ],
          "editableUntil" : "2022-12-23T19:03:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Legacy Larry Dev",
            "screen_name" : "legacy_larry_dev",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "224255830753493210",
            "id" : "224255830753493210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1606349802045007090",
      "truncated" : false,
      "retweet_count" : "91",
      "id" : "1606349802045007090",
      "created_at" : "Fri Dec 23 18:03:32 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @legacy_larry_dev: migrating off cobol next year. they've said that every year since 1998.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605966392327929358"
          ],
          "editableUntil" : "2022-12-22T17:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "18",
      "id_str" : "1605966392327929358",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1605966392327929358",
      "created_at" : "Thu Dec 22 16:40:00 +0000 2022",
      "favorited" : false,
      "full_text" : "tried to explain cron syntax to the manager. he asked if it's a kind of bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605951087313834404"
          ],
          "editableUntil" : "2022-12-22T16:39:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oncall Memes Daily",
            "screen_name" : "oncall_memes_daily",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "872288617235432848",
            "id" : "872288617235432848"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "64"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1605856212154222885",
      "id_str" : "1605951087313834404",
      "in_reply_to_user_id" : "872288617235432848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1605951087313834404",
      "in_reply_to_status_id" : "1605856212154222885",
      "created_at" : "Thu Dec 22 15:39:11 +0000 2022",
      "favorited" : false,
      "full_text" : "@oncall_memes_daily stage five: acceptance. and a second coffee.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oncall_memes_daily",
      "in_reply_to_user_id_str" : "872288617235432848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605946528102094304"
          ],
          "editableUntil" : "2022-12-22T16:21:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "7",
      "id_str" : "1605946528102094304",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1605946528102094304",
      "created_at" : "Thu Dec 22 15:21:04 +0000 2022",
      "favorited" : false,
      "full_text" : "the guest wifi password is on a post-it note stuck to the router. which is in the lobby.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605188395070979445"
          ],
          "editableUntil" : "2022-12-20T14:08:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "6",
      "id_str" : "1605188395070979445",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1605188395070979445",
      "created_at" : "Tue Dec 20 13:08:31 +0000 2022",
      "favorited" : false,
      "full_text" : "the production database password was \"password1\". it's now \"password2\". progress.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1604836035785953969"
          ],
          "editableUntil" : "2022-12-19T14:48:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "2",
      "id_str" : "1604836035785953969",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1604836035785953969",
      "created_at" : "Mon Dec 19 13:48:22 +0000 2022",
      "favorited" : false,
      "full_text" : "got paged for high cpu. it was the antivirus. scanning the logs. of the antivirus.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1604083921582858463"
          ],
          "editableUntil" : "2022-12-17T12:59:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "letsencrypt",
            "indices" : [
              "77",
              "89"
            ]
          },
          {
            "text" : "ops",
            "indices" : [
              "90",
              "94"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/L3JYGl3GQE",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/cert-renewal-automation-that-actually-works",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "53",
              "76"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "6",
      "id_str" : "1604083921582858463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1604083921582858463",
      "possibly_sensitive" : false,
      "created_at" : "Sat Dec 17 11:59:44 +0000 2022",
      "favorited" : false,
      "full_text" : "cert renewal automation that actually works (mostly) https://t.co/L3JYGl3GQE #letsencrypt #ops",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1603604869152442989"
          ],
          "editableUntil" : "2022-12-16T05:16:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "6",
      "id_str" : "1603604869152442989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1603604869152442989",
      "created_at" : "Fri Dec 16 04:16:09 +0000 2022",
      "favorited" : false,
      "full_text" : "the vpn is down. so everyone's coming into the office. where the wifi is also down. great.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601957501728353263"
          ],
          "editableUntil" : "2022-12-11T16:10:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1601957501728353263",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1601957501728353263",
      "created_at" : "Sun Dec 11 15:10:06 +0000 2022",
      "favorited" : false,
      "full_text" : "why is it always friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601775515073722286"
          ],
          "editableUntil" : "2022-12-11T04:06:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "7",
      "id_str" : "1601775515073722286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1601775515073722286",
      "created_at" : "Sun Dec 11 03:06:57 +0000 2022",
      "favorited" : false,
      "full_text" : "another day, another \"urgent\" request that could have waited until 2031.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601347461185709136"
          ],
          "editableUntil" : "2022-12-09T23:46:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "New Dev Marcus",
            "screen_name" : "new_dev_marcus",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1552519627186466902",
            "id" : "1552519627186466902"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1601286308232427714",
      "id_str" : "1601347461185709136",
      "in_reply_to_user_id" : "1552519627186466902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1601347461185709136",
      "in_reply_to_status_id" : "1601286308232427714",
      "created_at" : "Fri Dec 09 22:46:01 +0000 2022",
      "favorited" : false,
      "full_text" : "@new_dev_marcus good question. the answer is \"it depends\". it always depends.",
      "lang" : "en",
      "in_reply_to_screen_name" : "new_dev_marcus",
      "in_reply_to_user_id_str" : "1552519627186466902"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601183912690660358"
          ],
          "editableUntil" : "2022-12-09T12:56:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "New Dev Marcus",
            "screen_name" : "new_dev_marcus",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1552519627186466902",
            "id" : "1552519627186466902"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "96"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1601041222467589187",
      "id_str" : "1601183912690660358",
      "in_reply_to_user_id" : "1552519627186466902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1601183912690660358",
      "in_reply_to_status_id" : "1601041222467589187",
      "created_at" : "Fri Dec 09 11:56:08 +0000 2022",
      "favorited" : false,
      "full_text" : "@new_dev_marcus welcome. the wiki is wrong. ask me instead. i'm also wrong sometimes but faster.",
      "lang" : "en",
      "in_reply_to_screen_name" : "new_dev_marcus",
      "in_reply_to_user_id_str" : "1552519627186466902"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600775240678052319"
          ],
          "editableUntil" : "2022-12-08T09:52:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "26",
      "id_str" : "1600775240678052319",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1600775240678052319",
      "created_at" : "Thu Dec 08 08:52:13 +0000 2022",
      "favorited" : false,
      "full_text" : "yaml indentation error took down staging. the diff was one space.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599969162559493102"
          ],
          "editableUntil" : "2022-12-06T04:29:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "1599969162559493102",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1599969162559493102",
      "created_at" : "Tue Dec 06 03:29:09 +0000 2022",
      "favorited" : false,
      "full_text" : "the database is called \"test_final_v2_real\". it's production.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599954474107694326"
          ],
          "editableUntil" : "2022-12-06T03:30:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "4",
      "id_str" : "1599954474107694326",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599954474107694326",
      "created_at" : "Tue Dec 06 02:30:47 +0000 2022",
      "favorited" : false,
      "full_text" : "spent a day writing a terraform module. it creates one bucket.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597945935165250285"
          ],
          "editableUntil" : "2022-11-30T14:29:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "3",
      "id_str" : "1597945935165250285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1597945935165250285",
      "created_at" : "Wed Nov 30 13:29:34 +0000 2022",
      "favorited" : false,
      "full_text" : "i've started naming my scripts after my feelings. current favourite: why.sh.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597445198183543489"
          ],
          "editableUntil" : "2022-11-29T05:19:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "1597445198183543489",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1597445198183543489",
      "created_at" : "Tue Nov 29 04:19:49 +0000 2022",
      "favorited" : false,
      "full_text" : "the ticket was closed as \"works as intended\". it does not work. it was never intended.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597357197493189029"
          ],
          "editableUntil" : "2022-11-28T23:30:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "15",
      "id_str" : "1597357197493189029",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1597357197493189029",
      "created_at" : "Mon Nov 28 22:30:08 +0000 2022",
      "favorited" : false,
      "full_text" : "today's outage sponsored by an expired domain. nobody renewed it. the card on file expired in 2019.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596992683112898944"
          ],
          "editableUntil" : "2022-11-27T23:21:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "1596992683112898944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596992683112898944",
      "created_at" : "Sun Nov 27 22:21:41 +0000 2022",
      "favorited" : false,
      "full_text" : "the junior dev fixed the bug. it was my bug. i'm proud and ashamed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596140224378559875"
          ],
          "editableUntil" : "2022-11-25T14:54:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "1596140224378559875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596140224378559875",
      "created_at" : "Fri Nov 25 13:54:19 +0000 2022",
      "favorited" : false,
      "full_text" : "standup took 45 minutes. nobody stood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593535167330801483"
          ],
          "editableUntil" : "2022-11-18T10:22:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "10",
      "id_str" : "1593535167330801483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1593535167330801483",
      "created_at" : "Fri Nov 18 09:22:45 +0000 2022",
      "favorited" : false,
      "full_text" : "time zones are a conspiracy against sysadmins.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1592920500467724341"
          ],
          "editableUntil" : "2022-11-16T17:40:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "15",
      "id_str" : "1592920500467724341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1592920500467724341",
      "created_at" : "Wed Nov 16 16:40:17 +0000 2022",
      "favorited" : false,
      "full_text" : "the new monitoring tool sends alerts to an email inbox that nobody reads. we've come full circle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591748884561055580"
          ],
          "editableUntil" : "2022-11-13T12:04:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "2",
      "id_str" : "1591748884561055580",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1591748884561055580",
      "created_at" : "Sun Nov 13 11:04:42 +0000 2022",
      "favorited" : false,
      "full_text" : "fine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591718362608914022"
          ],
          "editableUntil" : "2022-11-13T10:03:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "17",
      "id_str" : "1591718362608914022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591718362608914022",
      "created_at" : "Sun Nov 13 09:03:25 +0000 2022",
      "favorited" : false,
      "full_text" : "they moved my desk next to the kitchen. smells of burnt popcorn and despair.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590474772444201030"
          ],
          "editableUntil" : "2022-11-09T23:41:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ssh",
            "indices" : [
              "68",
              "72"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OI47NSNU7l",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/ssh-config-tricks-jump-hosts-and",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "44",
              "67"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "17",
      "id_str" : "1590474772444201030",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1590474772444201030",
      "possibly_sensitive" : false,
      "created_at" : "Wed Nov 09 22:41:50 +0000 2022",
      "favorited" : false,
      "full_text" : "ssh config tricks: jump hosts &amp; aliases https://t.co/OI47NSNU7l #ssh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590182500758759341"
          ],
          "editableUntil" : "2022-11-09T04:20:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "14",
      "id_str" : "1590182500758759341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1590182500758759341",
      "created_at" : "Wed Nov 09 03:20:27 +0000 2022",
      "favorited" : false,
      "full_text" : "closing the laptop. leaving the building. pager in pocket. freedom is an illusion.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1589967291020464792"
          ],
          "editableUntil" : "2022-11-08T14:05:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "1589967291020464792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589967291020464792",
      "created_at" : "Tue Nov 08 13:05:17 +0000 2022",
      "favorited" : false,
      "full_text" : "sunday. got paged. it was a test alert someone forgot to delete. i'm not angry. i'm just tired.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1589461990635979317"
          ],
          "editableUntil" : "2022-11-07T04:37:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "1589461990635979317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589461990635979317",
      "created_at" : "Mon Nov 07 03:37:24 +0000 2022",
      "favorited" : false,
      "full_text" : "the laptop fan sounds like a jet engine. it's running the chat app. only the chat app.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587781744064650972"
          ],
          "editableUntil" : "2022-11-02T13:20:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sysadmin",
            "indices" : [
              "106",
              "115"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/10eY8eN6cu",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/decommissioning-checklist-for-old-servers-step",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "4",
      "id_str" : "1587781744064650972",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1587781744064650972",
      "possibly_sensitive" : false,
      "created_at" : "Wed Nov 02 12:20:42 +0000 2022",
      "favorited" : false,
      "full_text" : "decommissioning checklist for old servers. step 1: find out what it actually does https://t.co/10eY8eN6cu #sysadmin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587156738241670623"
          ],
          "editableUntil" : "2022-10-31T19:57:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "1587156738241670623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1587156738241670623",
      "created_at" : "Mon Oct 31 18:57:09 +0000 2022",
      "favorited" : false,
      "full_text" : "alerts: 312. actionable: 1. that one was a typo in the alert.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586847706118069559"
          ],
          "editableUntil" : "2022-10-30T23:29:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1586847706118069559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586847706118069559",
      "created_at" : "Sun Oct 30 22:29:10 +0000 2022",
      "favorited" : false,
      "full_text" : "i tried to take a day off. the server found out.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586352002300921537"
          ],
          "editableUntil" : "2022-10-29T14:39:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "0",
      "id_str" : "1586352002300921537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586352002300921537",
      "created_at" : "Sat Oct 29 13:39:25 +0000 2022",
      "favorited" : false,
      "full_text" : "3am again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586045478371710585"
          ],
          "editableUntil" : "2022-10-28T18:21:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "1586045478371710585",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1586045478371710585",
      "created_at" : "Fri Oct 28 17:21:24 +0000 2022",
      "favorited" : false,
      "full_text" : "our status page says \"all systems operational\". it's hosted on the system that's down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584948978251268022"
          ],
          "editableUntil" : "2022-10-25T17:44:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "7",
      "id_str" : "1584948978251268022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1584948978251268022",
      "created_at" : "Tue Oct 25 16:44:18 +0000 2022",
      "favorited" : false,
      "full_text" : "the service that sends emails depends on the service that decides if emails should be sent. both are down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584907098125476489"
          ],
          "editableUntil" : "2022-10-25T14:57:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "3",
      "id_str" : "1584907098125476489",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1584907098125476489",
      "created_at" : "Tue Oct 25 13:57:53 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee tastes like burnt toner today. still drinking it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584839070710865403"
          ],
          "editableUntil" : "2022-10-25T10:27:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KJICAxuDmc",
            "expanded_url" : "https://grumpysysadmin.example.org/img/122",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "1584839070710865403",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1584839070710865403",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 25 09:27:34 +0000 2022",
      "favorited" : false,
      "full_text" : "https://t.co/KJICAxuDmc",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584392343782128285"
          ],
          "editableUntil" : "2022-10-24T04:52:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1584392343782128285",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1584392343782128285",
      "created_at" : "Mon Oct 24 03:52:26 +0000 2022",
      "favorited" : false,
      "full_text" : "helm chart has 47 values. i understand 3.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584137560783799982"
          ],
          "editableUntil" : "2022-10-23T12:00:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "4",
      "id_str" : "1584137560783799982",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1584137560783799982",
      "created_at" : "Sun Oct 23 11:00:01 +0000 2022",
      "favorited" : false,
      "full_text" : "fixed a bug. wrote a test. the test found another bug. i'm going home.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583755845565169284"
          ],
          "editableUntil" : "2022-10-22T10:43:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1583755845565169284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583755845565169284",
      "created_at" : "Sat Oct 22 09:43:13 +0000 2022",
      "favorited" : false,
      "full_text" : "deployed on a friday. didn't even do it myself. still my problem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583054738290765275"
          ],
          "editableUntil" : "2022-10-20T12:17:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1583054738290765275",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583054738290765275",
      "created_at" : "Thu Oct 20 11:17:16 +0000 2022",
      "favorited" : false,
      "full_text" : "i have been in it for 15 years. i still don't understand printers.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582716828382799536"
          ],
          "editableUntil" : "2022-10-19T13:54:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "id_str" : "1582716828382799536",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1582716828382799536",
      "created_at" : "Wed Oct 19 12:54:32 +0000 2022",
      "favorited" : false,
      "full_text" : "spent the day deleting old vms nobody remembers creating. like archaeology but sadder.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582006686580613708"
          ],
          "editableUntil" : "2022-10-17T14:52:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "14",
      "id_str" : "1582006686580613708",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1582006686580613708",
      "created_at" : "Mon Oct 17 13:52:41 +0000 2022",
      "favorited" : false,
      "full_text" : "finally retired the windows 2003 box. took eight years of meetings. raising a coffee to it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1581491659603158615"
          ],
          "editableUntil" : "2022-10-16T04:46:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yaml Hater 3000",
            "screen_name" : "yaml_hater_3000",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "567226076593048594",
            "id" : "567226076593048594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1581491659603158615",
      "truncated" : false,
      "retweet_count" : "67",
      "id" : "1581491659603158615",
      "created_at" : "Sun Oct 16 03:46:09 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @yaml_hater_3000: counted the ways to write a multiline string in yaml. stopped at nine. went for a walk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1581267612468050481"
          ],
          "editableUntil" : "2022-10-15T13:55:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1581267612468050481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1581267612468050481",
      "created_at" : "Sat Oct 15 12:55:52 +0000 2022",
      "favorited" : false,
      "full_text" : "(that was a joke. please don't tell my manager.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580496317709439670"
          ],
          "editableUntil" : "2022-10-13T10:51:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "6",
      "id_str" : "1580496317709439670",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580496317709439670",
      "created_at" : "Thu Oct 13 09:51:01 +0000 2022",
      "favorited" : false,
      "full_text" : "the server's uptime is 1,400 days. i'm afraid to patch it. i'm more afraid not to.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1579408709516437102"
          ],
          "editableUntil" : "2022-10-10T10:49:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "2",
      "id_str" : "1579408709516437102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1579408709516437102",
      "created_at" : "Mon Oct 10 09:49:15 +0000 2022",
      "favorited" : false,
      "full_text" : "friendly reminder that your backups are a rumour until you test a restore.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1579146632625747160"
          ],
          "editableUntil" : "2022-10-09T17:27:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1579146632625747160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1579146632625747160",
      "created_at" : "Sun Oct 09 16:27:51 +0000 2022",
      "favorited" : false,
      "full_text" : "another \"quick sync\" that lasted an hour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578888657765052844"
          ],
          "editableUntil" : "2022-10-09T00:22:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "6",
      "id_str" : "1578888657765052844",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578888657765052844",
      "created_at" : "Sat Oct 08 23:22:45 +0000 2022",
      "favorited" : false,
      "full_text" : "whoever wrote \"this should never happen\" in the code: it happened.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1577244108915647216"
          ],
          "editableUntil" : "2022-10-04T11:27:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "3",
      "id_str" : "1577244108915647216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577244108915647216",
      "created_at" : "Tue Oct 04 10:27:54 +0000 2022",
      "favorited" : false,
      "full_text" : "the tls certificate expired at midnight on new year's eve. happy new year from the pager.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576031556600488421"
          ],
          "editableUntil" : "2022-10-01T03:09:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "1",
      "id_str" : "1576031556600488421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1576031556600488421",
      "created_at" : "Sat Oct 01 02:09:39 +0000 2022",
      "favorited" : false,
      "full_text" : "dns propagation is the \"the check is in the mail\" of the internet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575123485590102899"
          ],
          "editableUntil" : "2022-09-28T15:01:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "2",
      "id_str" : "1575123485590102899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1575123485590102899",
      "created_at" : "Wed Sep 28 14:01:18 +0000 2022",
      "favorited" : false,
      "full_text" : "paged at 4:12am. load balancer health check failing. because someone removed the health check endpoint. in a \"cleanup\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568789264465078808"
          ],
          "editableUntil" : "2022-09-11T03:31:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oncall Memes Daily",
            "screen_name" : "oncall_memes_daily",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "872288617235432848",
            "id" : "872288617235432848"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "86"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1568696905889377782",
      "id_str" : "1568789264465078808",
      "in_reply_to_user_id" : "872288617235432848",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1568789264465078808",
      "in_reply_to_status_id" : "1568696905889377782",
      "created_at" : "Sun Sep 11 02:31:22 +0000 2022",
      "favorited" : false,
      "full_text" : "@oncall_memes_daily reading my own runbook at 3am is a humbling experience every time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oncall_memes_daily",
      "in_reply_to_user_id_str" : "872288617235432848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568664559419888621"
          ],
          "editableUntil" : "2022-09-10T19:15:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1568664559419888621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568664559419888621",
      "created_at" : "Sat Sep 10 18:15:50 +0000 2022",
      "favorited" : false,
      "full_text" : "the ticket says \"urgent: nothing works\". it was a caps lock issue.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568625539808599943"
          ],
          "editableUntil" : "2022-09-10T16:40:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yaml Hater 3000",
            "screen_name" : "yaml_hater_3000",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "567226076593048594",
            "id" : "567226076593048594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "74"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1568559605347405249",
      "id_str" : "1568625539808599943",
      "in_reply_to_user_id" : "567226076593048594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568625539808599943",
      "in_reply_to_status_id" : "1568559605347405249",
      "created_at" : "Sat Sep 10 15:40:47 +0000 2022",
      "favorited" : false,
      "full_text" : "@yaml_hater_3000 json with comments would have solved all of this. but no.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yaml_hater_3000",
      "in_reply_to_user_id_str" : "567226076593048594"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568423848311188116"
          ],
          "editableUntil" : "2022-09-10T03:19:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "4",
      "id_str" : "1568423848311188116",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568423848311188116",
      "created_at" : "Sat Sep 10 02:19:20 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee is not a beverage. it's infrastructure.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568081320474737110"
          ],
          "editableUntil" : "2022-09-09T04:38:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Builds Stuff",
            "screen_name" : "priya_builds_stuff",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "527892601547565682",
            "id" : "527892601547565682"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "94"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1568042565106065153",
      "id_str" : "1568081320474737110",
      "in_reply_to_user_id" : "527892601547565682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568081320474737110",
      "in_reply_to_status_id" : "1568042565106065153",
      "created_at" : "Fri Sep 09 03:38:15 +0000 2022",
      "favorited" : false,
      "full_text" : "@priya_builds_stuff staging and prod should look the same. they never do. that's half the job.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_builds_stuff",
      "in_reply_to_user_id_str" : "527892601547565682"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1567445426240784496"
          ],
          "editableUntil" : "2022-09-07T10:31:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bash",
            "indices" : [
              "94",
              "99"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/trpuv0flik",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/bash-count-lt-3-vs-count",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "105",
      "id_str" : "1567445426240784496",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1567445426240784496",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 07 09:31:26 +0000 2022",
      "favorited" : false,
      "full_text" : "bash: [ $count -lt 3 ] vs (( count &lt; 3 )). pick one. be consistent https://t.co/trpuv0flik #bash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566981003541406262"
          ],
          "editableUntil" : "2022-09-06T03:45:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1566981003541406262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566981003541406262",
      "created_at" : "Tue Sep 06 02:45:59 +0000 2022",
      "favorited" : false,
      "full_text" : "the server's name is \"temp\". it's been running since 2012. i respect it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566783867059603410"
          ],
          "editableUntil" : "2022-09-05T14:42:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "7",
      "id_str" : "1566783867059603410",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1566783867059603410",
      "created_at" : "Mon Sep 05 13:42:38 +0000 2022",
      "favorited" : false,
      "full_text" : "someone pushed secrets to a public repo. rotating keys at 11pm. living the dream.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566763063313060648"
          ],
          "editableUntil" : "2022-09-05T13:19:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "5",
      "id_str" : "1566763063313060648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566763063313060648",
      "created_at" : "Mon Sep 05 12:19:58 +0000 2022",
      "favorited" : false,
      "full_text" : "a vendor sent me a \"quick survey\". 47 questions. no.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566427024063979445"
          ],
          "editableUntil" : "2022-09-04T15:04:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "18",
      "id_str" : "1566427024063979445",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566427024063979445",
      "created_at" : "Sun Sep 04 14:04:40 +0000 2022",
      "favorited" : false,
      "full_text" : "it's not a bug. it's an undocumented feature. said no one with a pager.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566192717660498986"
          ],
          "editableUntil" : "2022-09-03T23:33:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "3",
      "id_str" : "1566192717660498986",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566192717660498986",
      "created_at" : "Sat Sep 03 22:33:37 +0000 2022",
      "favorited" : false,
      "full_text" : "the intern wrote tests. the tests found bugs. the intern is now my favourite person.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565712864117282051"
          ],
          "editableUntil" : "2022-09-02T15:46:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "id_str" : "1565712864117282051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565712864117282051",
      "created_at" : "Fri Sep 02 14:46:51 +0000 2022",
      "favorited" : false,
      "full_text" : "someone opened a ticket to request a ticket system.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1563848307245607752"
          ],
          "editableUntil" : "2022-08-28T12:17:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "1",
      "id_str" : "1563848307245607752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563848307245607752",
      "created_at" : "Sun Aug 28 11:17:46 +0000 2022",
      "favorited" : false,
      "full_text" : "meetings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1563167479431182178"
          ],
          "editableUntil" : "2022-08-26T15:12:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "backups",
            "indices" : [
              "101",
              "109"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UvDFjATOlz",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/reminder-a-backup-you-can-t",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "1",
      "id_str" : "1563167479431182178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563167479431182178",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 26 14:12:24 +0000 2022",
      "favorited" : false,
      "full_text" : "reminder: a backup you can't restore &lt; no backup at all. test the restore https://t.co/UvDFjATOlz #backups",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562638871297796915"
          ],
          "editableUntil" : "2022-08-25T04:11:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "10",
      "id_str" : "1562638871297796915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1562638871297796915",
      "created_at" : "Thu Aug 25 03:11:54 +0000 2022",
      "favorited" : false,
      "full_text" : "rule one of on-call: don't touch anything at 3am that you don't understand at 3pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1560387951919671592"
          ],
          "editableUntil" : "2022-08-18T23:07:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "9",
      "id_str" : "1560387951919671592",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1560387951919671592",
      "created_at" : "Thu Aug 18 22:07:33 +0000 2022",
      "favorited" : false,
      "full_text" : "logs are 90% \"debug: entering function\". why is debug on in prod. who did this.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1560221589045361612"
          ],
          "editableUntil" : "2022-08-18T12:06:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Builds Stuff",
            "screen_name" : "priya_builds_stuff",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "527892601547565682",
            "id" : "527892601547565682"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1560167482523076147",
      "id_str" : "1560221589045361612",
      "in_reply_to_user_id" : "527892601547565682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1560221589045361612",
      "in_reply_to_status_id" : "1560167482523076147",
      "created_at" : "Thu Aug 18 11:06:29 +0000 2022",
      "favorited" : false,
      "full_text" : "@priya_builds_stuff merged. if it breaks i'm blaming the ci. as is tradition.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_builds_stuff",
      "in_reply_to_user_id_str" : "527892601547565682"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559679118734764956"
          ],
          "editableUntil" : "2022-08-17T00:10:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1559679118734764956",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1559679118734764956",
      "created_at" : "Tue Aug 16 23:10:54 +0000 2022",
      "favorited" : false,
      "full_text" : "the monitoring dashboard is all green. that's how i know something is wrong.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559678665752002364"
          ],
          "editableUntil" : "2022-08-17T00:09:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "7",
      "id_str" : "1559678665752002364",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1559678665752002364",
      "created_at" : "Tue Aug 16 23:09:06 +0000 2022",
      "favorited" : false,
      "full_text" : "if it's not in the runbook, it's in someone's head. that someone is on holiday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559384573739569544"
          ],
          "editableUntil" : "2022-08-16T04:40:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dave From Accounts",
            "screen_name" : "dave_from_accounts",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "661847071735275694",
            "id" : "661847071735275694"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "94"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1559323169129245589",
      "id_str" : "1559384573739569544",
      "in_reply_to_user_id" : "661847071735275694",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1559384573739569544",
      "in_reply_to_status_id" : "1559323169129245589",
      "created_at" : "Tue Aug 16 03:40:29 +0000 2022",
      "favorited" : false,
      "full_text" : "@dave_from_accounts the printer is out of toner. i'm not the toner guy. there is no toner guy.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dave_from_accounts",
      "in_reply_to_user_id_str" : "661847071735275694"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559308237405523612"
          ],
          "editableUntil" : "2022-08-15T23:37:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l922NxbmRC",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/grep-r-todo-wc-l-says",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "2",
      "id_str" : "1559308237405523612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1559308237405523612",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 15 22:37:09 +0000 2022",
      "favorited" : false,
      "full_text" : "grep -r TODO . | wc -l says 900. this is fine https://t.co/l922NxbmRC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1558230565516365650"
          ],
          "editableUntil" : "2022-08-13T00:14:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "12",
      "id_str" : "1558230565516365650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1558230565516365650",
      "created_at" : "Fri Aug 12 23:14:52 +0000 2022",
      "favorited" : false,
      "full_text" : "why is it always friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1557277321855958203"
          ],
          "editableUntil" : "2022-08-10T09:07:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yaml Hater 3000",
            "screen_name" : "yaml_hater_3000",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "567226076593048594",
            "id" : "567226076593048594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1557277321855958203",
      "truncated" : false,
      "retweet_count" : "132",
      "id" : "1557277321855958203",
      "created_at" : "Wed Aug 10 08:07:01 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @yaml_hater_3000: the norway problem strikes again. country code no became false. in production. this year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1556658888507312384"
          ],
          "editableUntil" : "2022-08-08T16:09:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "7",
      "id_str" : "1556658888507312384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1556658888507312384",
      "created_at" : "Mon Aug 08 15:09:35 +0000 2022",
      "favorited" : false,
      "full_text" : "the monitoring agent crashed. and the agent that monitors the monitoring agent. turtles all the way down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1556574369086053877"
          ],
          "editableUntil" : "2022-08-08T10:33:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "10",
      "id_str" : "1556574369086053877",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1556574369086053877",
      "created_at" : "Mon Aug 08 09:33:44 +0000 2022",
      "favorited" : false,
      "full_text" : "i don't hate meetings. i hate that they happen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1555862960600335666"
          ],
          "editableUntil" : "2022-08-06T11:26:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "1",
      "id_str" : "1555862960600335666",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1555862960600335666",
      "created_at" : "Sat Aug 06 10:26:51 +0000 2022",
      "favorited" : false,
      "full_text" : "kubernetes yaml is just yaml with more ways to be wrong.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1554540421051468325"
          ],
          "editableUntil" : "2022-08-02T19:51:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "17",
      "id_str" : "1554540421051468325",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1554540421051468325",
      "created_at" : "Tue Aug 02 18:51:33 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee break is the only scheduled downtime i trust.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1554303203803808482"
          ],
          "editableUntil" : "2022-08-02T04:08:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "10",
      "id_str" : "1554303203803808482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1554303203803808482",
      "created_at" : "Tue Aug 02 03:08:56 +0000 2022",
      "favorited" : false,
      "full_text" : "whoever named the servers after planets: pluto is down. it's not even a planet anymore. neither is its uptime.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553937246585245624"
          ],
          "editableUntil" : "2022-08-01T03:54:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/G7YifP4bDq",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/coffee-consumption-vs-incidents-per-week",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1553937246585245624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553937246585245624",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 01 02:54:45 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee consumption vs incidents per week, plotted. correlation is not causation. probably https://t.co/G7YifP4bDq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553030287062064522"
          ],
          "editableUntil" : "2022-07-29T15:50:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "1553030287062064522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553030287062064522",
      "created_at" : "Fri Jul 29 14:50:49 +0000 2022",
      "favorited" : false,
      "full_text" : "on-call handover notes: \"good luck\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552295163986916641"
          ],
          "editableUntil" : "2022-07-27T15:09:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "10",
      "id_str" : "1552295163986916641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552295163986916641",
      "created_at" : "Wed Jul 27 14:09:42 +0000 2022",
      "favorited" : false,
      "full_text" : "friday afternoon. nobody deploy anything. i'm looking at you, marketing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552002841966278779"
          ],
          "editableUntil" : "2022-07-26T19:48:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "13",
      "id_str" : "1552002841966278779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552002841966278779",
      "created_at" : "Tue Jul 26 18:48:07 +0000 2022",
      "favorited" : false,
      "full_text" : "i miss when computers were simple. they weren't. i'm just getting old.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1551775338723524242"
          ],
          "editableUntil" : "2022-07-26T04:44:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "10",
      "id_str" : "1551775338723524242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1551775338723524242",
      "created_at" : "Tue Jul 26 03:44:06 +0000 2022",
      "favorited" : false,
      "full_text" : "\"can you just quickly\" is the most expensive phrase in it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550779069887945871"
          ],
          "editableUntil" : "2022-07-23T10:45:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "8",
      "id_str" : "1550779069887945871",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550779069887945871",
      "created_at" : "Sat Jul 23 09:45:17 +0000 2022",
      "favorited" : false,
      "full_text" : "spent a whole day on a bug that turned out to be daylight saving time. i hate time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550328375149490958"
          ],
          "editableUntil" : "2022-07-22T04:54:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "8",
      "id_str" : "1550328375149490958",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1550328375149490958",
      "created_at" : "Fri Jul 22 03:54:23 +0000 2022",
      "favorited" : false,
      "full_text" : "\"why is the internet slow\" is not a ticket. it's a philosophical question.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1549313747844863098"
          ],
          "editableUntil" : "2022-07-19T09:42:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Legacy Larry Dev",
            "screen_name" : "legacy_larry_dev",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "224255830753493210",
            "id" : "224255830753493210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "82"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1549176342443227831",
      "id_str" : "1549313747844863098",
      "in_reply_to_user_id" : "224255830753493210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1549313747844863098",
      "in_reply_to_status_id" : "1549176342443227831",
      "created_at" : "Tue Jul 19 08:42:37 +0000 2022",
      "favorited" : false,
      "full_text" : "@legacy_larry_dev the someone who retired is now a consultant. charging us triple.",
      "lang" : "en",
      "in_reply_to_screen_name" : "legacy_larry_dev",
      "in_reply_to_user_id_str" : "224255830753493210"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1549171456081734294"
          ],
          "editableUntil" : "2022-07-19T00:17:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/B151Oqew8u",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/meeting-cost-calculator-12-people-and",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "id_str" : "1549171456081734294",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1549171456081734294",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 18 23:17:12 +0000 2022",
      "favorited" : false,
      "full_text" : "meeting cost calculator. 12 people &amp; 1 hour = depressing https://t.co/B151Oqew8u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544870327352149291"
          ],
          "editableUntil" : "2022-07-07T03:26:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "7",
      "id_str" : "1544870327352149291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544870327352149291",
      "created_at" : "Thu Jul 07 02:26:03 +0000 2022",
      "favorited" : false,
      "full_text" : "deployed a hotfix for the hotfix. next week, the hotfix for that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1543011906748085470"
          ],
          "editableUntil" : "2022-07-02T00:21:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "2",
      "id_str" : "1543011906748085470",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1543011906748085470",
      "created_at" : "Fri Jul 01 23:21:21 +0000 2022",
      "favorited" : false,
      "full_text" : "we're \"going agile\". so we're doing the same things in two week chunks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1542925332119381165"
          ],
          "editableUntil" : "2022-07-01T18:37:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "1542925332119381165",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1542925332119381165",
      "created_at" : "Fri Jul 01 17:37:20 +0000 2022",
      "favorited" : false,
      "full_text" : "it's serving the company intranet. it's been the intranet this whole time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541981676632457027"
          ],
          "editableUntil" : "2022-06-29T04:07:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "0",
      "id_str" : "1541981676632457027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541981676632457027",
      "created_at" : "Wed Jun 29 03:07:35 +0000 2022",
      "favorited" : false,
      "full_text" : "whatever",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541350366772543857"
          ],
          "editableUntil" : "2022-06-27T10:18:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oncall Memes Daily",
            "screen_name" : "oncall_memes_daily",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "872288617235432848",
            "id" : "872288617235432848"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1541350366772543857",
      "truncated" : false,
      "retweet_count" : "136",
      "id" : "1541350366772543857",
      "created_at" : "Mon Jun 27 09:18:59 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @oncall_memes_daily: me at 3am reading my own runbook: who wrote this garbage. also me: oh.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1540819946700664160"
          ],
          "editableUntil" : "2022-06-25T23:11:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "18",
      "id_str" : "1540819946700664160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1540819946700664160",
      "created_at" : "Sat Jun 25 22:11:17 +0000 2022",
      "favorited" : false,
      "full_text" : "set up log rotation. disk no longer full. i am a god among men. for today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1540747376851712603"
          ],
          "editableUntil" : "2022-06-25T18:22:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Builds Stuff",
            "screen_name" : "priya_builds_stuff",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "527892601547565682",
            "id" : "527892601547565682"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "76"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1540673389328817823",
      "id_str" : "1540747376851712603",
      "in_reply_to_user_id" : "527892601547565682",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1540747376851712603",
      "in_reply_to_status_id" : "1540673389328817823",
      "created_at" : "Sat Jun 25 17:22:55 +0000 2022",
      "favorited" : false,
      "full_text" : "@priya_builds_stuff looks good. one nitpick: please don't log the passwords.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_builds_stuff",
      "in_reply_to_user_id_str" : "527892601547565682"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1538579513082070243"
          ],
          "editableUntil" : "2022-06-19T18:48:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "id_str" : "1538579513082070243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1538579513082070243",
      "created_at" : "Sun Jun 19 17:48:36 +0000 2022",
      "favorited" : false,
      "full_text" : "ran a security scan. 4,000 findings. closed the laptop. opened it again. still 4,000.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537989563250047743"
          ],
          "editableUntil" : "2022-06-18T03:44:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1537989563250047743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1537989563250047743",
      "created_at" : "Sat Jun 18 02:44:21 +0000 2022",
      "favorited" : false,
      "full_text" : "someone described our infrastructure as \"organic\". i think they meant \"a mess\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536664796525867851"
          ],
          "editableUntil" : "2022-06-14T12:00:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "1536664796525867851",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536664796525867851",
      "created_at" : "Tue Jun 14 11:00:12 +0000 2022",
      "favorited" : false,
      "full_text" : "everyone wants high availability. nobody wants to pay for two of anything.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535332752687859873"
          ],
          "editableUntil" : "2022-06-10T19:47:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "2",
      "id_str" : "1535332752687859873",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535332752687859873",
      "created_at" : "Fri Jun 10 18:47:08 +0000 2022",
      "favorited" : false,
      "full_text" : "friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535273592028851177"
          ],
          "editableUntil" : "2022-06-10T15:52:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "103"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1535196081290404852",
      "id_str" : "1535273592028851177",
      "in_reply_to_user_id" : "312916432210081238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535273592028851177",
      "in_reply_to_status_id" : "1535196081290404852",
      "created_at" : "Fri Jun 10 14:52:03 +0000 2022",
      "favorited" : false,
      "full_text" : "@tired_sre_anna this. blame the system, not the person. unless the person is me. then blame the coffee.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tired_sre_anna",
      "in_reply_to_user_id_str" : "312916432210081238"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535084621857255426"
          ],
          "editableUntil" : "2022-06-10T03:21:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "1535084621857255426",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1535084621857255426",
      "created_at" : "Fri Jun 10 02:21:09 +0000 2022",
      "favorited" : false,
      "full_text" : "there is a spreadsheet that controls our ip address allocations. it has merged cells. i'm not okay.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535036341221742361"
          ],
          "editableUntil" : "2022-06-10T00:09:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "5",
      "id_str" : "1535036341221742361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535036341221742361",
      "created_at" : "Thu Jun 09 23:09:18 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee machine is broken. incident declared. severity one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1534575013920723862"
          ],
          "editableUntil" : "2022-06-08T17:36:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "8",
      "id_str" : "1534575013920723862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1534575013920723862",
      "created_at" : "Wed Jun 08 16:36:09 +0000 2022",
      "favorited" : false,
      "full_text" : "the build server is older than some of the developers.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1534001031807377585"
          ],
          "editableUntil" : "2022-06-07T03:35:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "3",
      "id_str" : "1534001031807377585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1534001031807377585",
      "created_at" : "Tue Jun 07 02:35:21 +0000 2022",
      "favorited" : false,
      "full_text" : "yaml anchors. never again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1533519555064990826"
          ],
          "editableUntil" : "2022-06-05T19:42:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "3",
      "id_str" : "1533519555064990826",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1533519555064990826",
      "created_at" : "Sun Jun 05 18:42:08 +0000 2022",
      "favorited" : false,
      "full_text" : "the developer said \"it's just a small change\". it was 4,000 lines.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1533022165139404080"
          ],
          "editableUntil" : "2022-06-04T10:45:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oncall Memes Daily",
            "screen_name" : "oncall_memes_daily",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "872288617235432848",
            "id" : "872288617235432848"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1533022165139404080",
      "truncated" : false,
      "retweet_count" : "115",
      "id" : "1533022165139404080",
      "created_at" : "Sat Jun 04 09:45:41 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @oncall_memes_daily: \"quick question\" - a phrase that has never once preceded a quick question",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532671689097873541"
          ],
          "editableUntil" : "2022-06-03T11:33:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "16",
      "id_str" : "1532671689097873541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1532671689097873541",
      "created_at" : "Fri Jun 03 10:33:01 +0000 2022",
      "favorited" : false,
      "full_text" : "disk full again. of course.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1530333633050479425"
          ],
          "editableUntil" : "2022-05-28T00:42:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "3",
      "id_str" : "1530333633050479425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1530333633050479425",
      "created_at" : "Fri May 27 23:42:25 +0000 2022",
      "favorited" : false,
      "full_text" : "incident over. adrenaline gone. now i just feel old.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1529388635387522740"
          ],
          "editableUntil" : "2022-05-25T10:07:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "1529388635387522740",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1529388635387522740",
      "created_at" : "Wed May 25 09:07:20 +0000 2022",
      "favorited" : false,
      "full_text" : "someone asked if we could \"just add ai\" to the ticketing system. i stared at them until they left.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526977896248899049"
          ],
          "editableUntil" : "2022-05-18T18:27:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1526977896248899049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526977896248899049",
      "created_at" : "Wed May 18 17:27:55 +0000 2022",
      "favorited" : false,
      "full_text" : "got asked to estimate a project with no requirements. said \"yes\". it seemed equally accurate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526939681945788474"
          ],
          "editableUntil" : "2022-05-18T15:56:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "7",
      "id_str" : "1526939681945788474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526939681945788474",
      "created_at" : "Wed May 18 14:56:04 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee shop wifi blocks ssh. i have chosen to fix production from my car instead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526862016020017625"
          ],
          "editableUntil" : "2022-05-18T10:47:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "1526862016020017625",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526862016020017625",
      "created_at" : "Wed May 18 09:47:27 +0000 2022",
      "favorited" : false,
      "full_text" : "wrote \"do not run on prod\" in the script header. someone ran it on prod.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526502144734226689"
          ],
          "editableUntil" : "2022-05-17T10:57:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "dns",
            "indices" : [
              "89",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MwEEr9o0x5",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/slides-from-my-talk-at-the",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "22",
      "id_str" : "1526502144734226689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526502144734226689",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 17 09:57:27 +0000 2022",
      "favorited" : false,
      "full_text" : "slides from my talk at the local ops meetup: \"everything is dns\" https://t.co/MwEEr9o0x5 #dns",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526495198968540274"
          ],
          "editableUntil" : "2022-05-17T10:29:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1526495198968540274",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1526495198968540274",
      "created_at" : "Tue May 17 09:29:51 +0000 2022",
      "favorited" : false,
      "full_text" : "slept through the pager. nothing happened. lesson learned: the pager is optional.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526154361436676475"
          ],
          "editableUntil" : "2022-05-16T11:55:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "id_str" : "1526154361436676475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526154361436676475",
      "created_at" : "Mon May 16 10:55:29 +0000 2022",
      "favorited" : false,
      "full_text" : "legacy perl. no tests. no comments. variable names are all single letters. send help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526027504714588683"
          ],
          "editableUntil" : "2022-05-16T03:31:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "20",
      "id_str" : "1526027504714588683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526027504714588683",
      "created_at" : "Mon May 16 02:31:24 +0000 2022",
      "favorited" : false,
      "full_text" : "kubernetes solved my problems by replacing them with more interesting problems.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523611065514865823"
          ],
          "editableUntil" : "2022-05-09T11:29:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Builds Stuff",
            "screen_name" : "priya_builds_stuff",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "527892601547565682",
            "id" : "527892601547565682"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "97"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1523526760004166077",
      "id_str" : "1523611065514865823",
      "in_reply_to_user_id" : "527892601547565682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523611065514865823",
      "in_reply_to_status_id" : "1523526760004166077",
      "created_at" : "Mon May 09 10:29:20 +0000 2022",
      "favorited" : false,
      "full_text" : "@priya_builds_stuff you can use a cron job for that but please write it down somewhere. anywhere.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_builds_stuff",
      "in_reply_to_user_id_str" : "527892601547565682"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522439751596595308"
          ],
          "editableUntil" : "2022-05-06T05:54:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "22",
      "id_str" : "1522439751596595308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522439751596595308",
      "created_at" : "Fri May 06 04:54:57 +0000 2022",
      "favorited" : false,
      "full_text" : "a new framework came out this morning. by lunch it had a security advisory.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522189209040408727"
          ],
          "editableUntil" : "2022-05-05T13:19:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "1522189209040408727",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1522189209040408727",
      "created_at" : "Thu May 05 12:19:23 +0000 2022",
      "favorited" : false,
      "full_text" : "the mail server ran out of disk because of an email thread about freeing up disk space.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522069478441091025"
          ],
          "editableUntil" : "2022-05-05T05:23:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "1522069478441091025",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522069478441091025",
      "created_at" : "Thu May 05 04:23:37 +0000 2022",
      "favorited" : false,
      "full_text" : "the old mainframe still runs payroll. it will outlive us all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521816083759549523"
          ],
          "editableUntil" : "2022-05-04T12:36:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "6",
      "id_str" : "1521816083759549523",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1521816083759549523",
      "created_at" : "Wed May 04 11:36:43 +0000 2022",
      "favorited" : false,
      "full_text" : "cron job from 2014. no owner. no docs. runs every minute. nobody dares touch it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520403647690800177"
          ],
          "editableUntil" : "2022-04-30T15:04:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ops",
            "indices" : [
              "79",
              "83"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/C334G5eykJ",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/ntp-drift-incident-write-up-every",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "30",
      "id_str" : "1520403647690800177",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1520403647690800177",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 30 14:04:12 +0000 2022",
      "favorited" : false,
      "full_text" : "ntp drift incident write-up. every timestamp was lying https://t.co/C334G5eykJ #ops",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520339810383745720"
          ],
          "editableUntil" : "2022-04-30T10:50:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "New Dev Marcus",
            "screen_name" : "new_dev_marcus",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1552519627186466902",
            "id" : "1552519627186466902"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "120"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1520225305884281504",
      "id_str" : "1520339810383745720",
      "in_reply_to_user_id" : "1552519627186466902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1520339810383745720",
      "in_reply_to_status_id" : "1520225305884281504",
      "created_at" : "Sat Apr 30 09:50:32 +0000 2022",
      "favorited" : false,
      "full_text" : "@new_dev_marcus yes, you need to restart the service after changing the config. no, it's not documented. yes, i'm sorry.",
      "lang" : "en",
      "in_reply_to_screen_name" : "new_dev_marcus",
      "in_reply_to_user_id_str" : "1552519627186466902"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1519675235499663765"
          ],
          "editableUntil" : "2022-04-28T14:49:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1519675235499663765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1519675235499663765",
      "created_at" : "Thu Apr 28 13:49:45 +0000 2022",
      "favorited" : false,
      "full_text" : "turned on two factor for the team. 3 people locked out by lunch. security is working.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1519259844212806831"
          ],
          "editableUntil" : "2022-04-27T11:19:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "legacy",
            "indices" : [
              "79",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VxxPlxmYGs",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/legacy-code-archaeology-a-2009-perl",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "1519259844212806831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1519259844212806831",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 27 10:19:08 +0000 2022",
      "favorited" : false,
      "full_text" : "legacy code archaeology: a 2009 perl script, annotated https://t.co/VxxPlxmYGs #legacy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517909546761929276"
          ],
          "editableUntil" : "2022-04-23T17:53:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "oncall",
            "indices" : [
              "102",
              "109"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kOBC2xkBxy",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/on-call-survival-guide-sleep-coffee",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "5",
      "id_str" : "1517909546761929276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1517909546761929276",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 23 16:53:32 +0000 2022",
      "favorited" : false,
      "full_text" : "on-call survival guide: sleep, coffee &amp; a runbook someone actually tested https://t.co/kOBC2xkBxy #oncall",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517725295181145097"
          ],
          "editableUntil" : "2022-04-23T05:41:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/p6zXQsHJXG",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/if-uptime-gt-1000-days-you",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "5",
      "id_str" : "1517725295181145097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1517725295181145097",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 23 04:41:23 +0000 2022",
      "favorited" : false,
      "full_text" : "if uptime &gt; 1000 days, you don't have a stable server. you have an unpatched server https://t.co/p6zXQsHJXG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1516810265819848443"
          ],
          "editableUntil" : "2022-04-20T17:05:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "6",
      "id_str" : "1516810265819848443",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1516810265819848443",
      "created_at" : "Wed Apr 20 16:05:23 +0000 2022",
      "favorited" : false,
      "full_text" : "sent a calendar invite titled \"leave me alone\". everyone accepted. nobody understood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1513705356787632024"
          ],
          "editableUntil" : "2022-04-12T03:27:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "1513705356787632024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1513705356787632024",
      "created_at" : "Tue Apr 12 02:27:35 +0000 2022",
      "favorited" : false,
      "full_text" : "three coffees before standup. still the most awake person there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1513505087157763605"
          ],
          "editableUntil" : "2022-04-11T14:11:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "63"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1513375986480119480",
      "id_str" : "1513505087157763605",
      "in_reply_to_user_id" : "312916432210081238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1513505087157763605",
      "in_reply_to_status_id" : "1513375986480119480",
      "created_at" : "Mon Apr 11 13:11:47 +0000 2022",
      "favorited" : false,
      "full_text" : "@tired_sre_anna boring is good. boring is sleep. i want boring.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tired_sre_anna",
      "in_reply_to_user_id_str" : "312916432210081238"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1512024179079855234"
          ],
          "editableUntil" : "2022-04-07T12:07:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "5",
      "id_str" : "1512024179079855234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1512024179079855234",
      "created_at" : "Thu Apr 07 11:07:11 +0000 2022",
      "favorited" : false,
      "full_text" : "vendor support put me on hold for 90 minutes. the hold music was a single violin. i know every note.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510557254808789306"
          ],
          "editableUntil" : "2022-04-03T10:58:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "25",
      "id_str" : "1510557254808789306",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1510557254808789306",
      "created_at" : "Sun Apr 03 09:58:09 +0000 2022",
      "favorited" : false,
      "full_text" : "updated the os. something broke. rolled back. something else broke. monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510097617813506900"
          ],
          "editableUntil" : "2022-04-02T04:31:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "5",
      "id_str" : "1510097617813506900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1510097617813506900",
      "created_at" : "Sat Apr 02 03:31:43 +0000 2022",
      "favorited" : false,
      "full_text" : "meetings could be emails. emails could be nothing. nothing is my favourite.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1507213379499562329"
          ],
          "editableUntil" : "2022-03-25T05:30:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "yaml",
            "indices" : [
              "67",
              "72"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ADIPmZ1W48",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/yaml-anchors-and-aliases-a-horror",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "7",
      "id_str" : "1507213379499562329",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1507213379499562329",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 25 04:30:47 +0000 2022",
      "favorited" : false,
      "full_text" : "yaml anchors &amp; aliases: a horror story https://t.co/ADIPmZ1W48 #yaml",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503690222862164666"
          ],
          "editableUntil" : "2022-03-15T12:11:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "2",
      "id_str" : "1503690222862164666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1503690222862164666",
      "created_at" : "Tue Mar 15 11:11:01 +0000 2022",
      "favorited" : false,
      "full_text" : "ssh'd into the wrong server. did the right thing. on the wrong server.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503431249755669459"
          ],
          "editableUntil" : "2022-03-14T19:01:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1503431249755669459",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1503431249755669459",
      "created_at" : "Mon Mar 14 18:01:57 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee machine fixed. incident resolved. writing the postmortem with great joy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503373808759861478"
          ],
          "editableUntil" : "2022-03-14T15:13:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "7",
      "id_str" : "1503373808759861478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1503373808759861478",
      "created_at" : "Mon Mar 14 14:13:42 +0000 2022",
      "favorited" : false,
      "full_text" : "pager went off at 3am. disk full. it's always disk full.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503206783187315492"
          ],
          "editableUntil" : "2022-03-14T04:10:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "8",
      "id_str" : "1503206783187315492",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1503206783187315492",
      "created_at" : "Mon Mar 14 03:10:00 +0000 2022",
      "favorited" : false,
      "full_text" : "my favourite error message: \"something went wrong\". thanks. very helpful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503203805232963163"
          ],
          "editableUntil" : "2022-03-14T03:58:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oncall Memes Daily",
            "screen_name" : "oncall_memes_daily",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "872288617235432848",
            "id" : "872288617235432848"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1503203805232963163",
      "truncated" : false,
      "retweet_count" : "89",
      "id" : "1503203805232963163",
      "created_at" : "Mon Mar 14 02:58:10 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @oncall_memes_daily: the four stages of on-call: denial, anger, bargaining, \"did you try restarting it\"",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1502486696689248663"
          ],
          "editableUntil" : "2022-03-12T04:28:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "1502486696689248663",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1502486696689248663",
      "created_at" : "Sat Mar 12 03:28:38 +0000 2022",
      "favorited" : false,
      "full_text" : "i don't need a standing desk. i need a lying down desk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1502138623981589499"
          ],
          "editableUntil" : "2022-03-11T05:25:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "1502138623981589499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1502138623981589499",
      "created_at" : "Fri Mar 11 04:25:31 +0000 2022",
      "favorited" : false,
      "full_text" : "fixed the dns. broke the email. fixed the email. broke the dns. lunch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501981752817679437"
          ],
          "editableUntil" : "2022-03-10T19:02:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "1501981752817679437",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1501981752817679437",
      "created_at" : "Thu Mar 10 18:02:10 +0000 2022",
      "favorited" : false,
      "full_text" : "ran the migration script on prod. it asked \"are you sure?\". i wasn't. i pressed y anyway.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501912005736834351"
          ],
          "editableUntil" : "2022-03-10T14:25:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "4",
      "id_str" : "1501912005736834351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1501912005736834351",
      "created_at" : "Thu Mar 10 13:25:01 +0000 2022",
      "favorited" : false,
      "full_text" : "wrote a script to automate the thing. now i maintain the script. progress.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501230645245891285"
          ],
          "editableUntil" : "2022-03-08T17:17:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "2",
      "id_str" : "1501230645245891285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1501230645245891285",
      "created_at" : "Tue Mar 08 16:17:32 +0000 2022",
      "favorited" : false,
      "full_text" : "everything in this building is held together by one raspberry pi under a desk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500980274660362706"
          ],
          "editableUntil" : "2022-03-08T00:42:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "5",
      "id_str" : "1500980274660362706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500980274660362706",
      "created_at" : "Mon Mar 07 23:42:39 +0000 2022",
      "favorited" : false,
      "full_text" : "nope",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500747427871835376"
          ],
          "editableUntil" : "2022-03-07T09:17:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dave From Accounts",
            "screen_name" : "dave_from_accounts",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "661847071735275694",
            "id" : "661847071735275694"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "112"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1500692314715142631",
      "id_str" : "1500747427871835376",
      "in_reply_to_user_id" : "661847071735275694",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500747427871835376",
      "in_reply_to_status_id" : "1500692314715142631",
      "created_at" : "Mon Mar 07 08:17:24 +0000 2022",
      "favorited" : false,
      "full_text" : "@dave_from_accounts your password expired because it's been 90 days. i didn't make the policy. i just suffer it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dave_from_accounts",
      "in_reply_to_user_id_str" : "661847071735275694"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1499029533227135024"
          ],
          "editableUntil" : "2022-03-02T15:31:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "5",
      "id_str" : "1499029533227135024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1499029533227135024",
      "created_at" : "Wed Mar 02 14:31:06 +0000 2022",
      "favorited" : false,
      "full_text" : "\"we should rewrite it in a modern language\". the modern language from last time is now the legacy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498947110961229488"
          ],
          "editableUntil" : "2022-03-02T10:03:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "23",
      "id_str" : "1498947110961229488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1498947110961229488",
      "created_at" : "Wed Mar 02 09:03:35 +0000 2022",
      "favorited" : false,
      "full_text" : "password rotation policy: everyone adds a 1 to the end. security theatre in one act.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498708811579226685"
          ],
          "editableUntil" : "2022-03-01T18:16:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "yaml",
            "indices" : [
              "72",
              "77"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6TKHIEQvT5",
            "expanded_url" : "https://grumpysysadmin.example.org/posts/yaml-gotchas-i-ve-hit-this",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "1498708811579226685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1498708811579226685",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 01 17:16:40 +0000 2022",
      "favorited" : false,
      "full_text" : "yaml gotchas i've hit this year. there are many https://t.co/6TKHIEQvT5 #yaml",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498281567189661221"
          ],
          "editableUntil" : "2022-02-28T13:58:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1498281567189661221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1498281567189661221",
      "created_at" : "Mon Feb 28 12:58:57 +0000 2022",
      "favorited" : false,
      "full_text" : "wrote documentation today. nobody will read it. future me will. hi, future me. sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496341210855801344"
          ],
          "editableUntil" : "2022-02-23T05:28:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1496279051269313150",
      "id_str" : "1496341210855801344",
      "in_reply_to_user_id" : "312916432210081238",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1496341210855801344",
      "in_reply_to_status_id" : "1496279051269313150",
      "created_at" : "Wed Feb 23 04:28:40 +0000 2022",
      "favorited" : false,
      "full_text" : "@tired_sre_anna the best shift is the one where the pager doesn't exist. a dream.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tired_sre_anna",
      "in_reply_to_user_id_str" : "312916432210081238"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494887775467647759"
          ],
          "editableUntil" : "2022-02-19T05:13:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "10",
      "id_str" : "1494887775467647759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1494887775467647759",
      "created_at" : "Sat Feb 19 04:13:14 +0000 2022",
      "favorited" : false,
      "full_text" : "i love it when a plan comes together. i've never seen it happen, but i'd love it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494282952636706608"
          ],
          "editableUntil" : "2022-02-17T13:09:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1494282952636706608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1494282952636706608",
      "created_at" : "Thu Feb 17 12:09:53 +0000 2022",
      "favorited" : false,
      "full_text" : "\"it was working yesterday\". so was i.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1493980966942113072"
          ],
          "editableUntil" : "2022-02-16T17:09:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1493980966942113072",
      "truncated" : false,
      "retweet_count" : "177",
      "id" : "1493980966942113072",
      "created_at" : "Wed Feb 16 16:09:54 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @tired_sre_anna: the best on-call shift is the one where you forget you're on-call",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1490716766632938270"
          ],
          "editableUntil" : "2022-02-07T16:59:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "5",
      "id_str" : "1490716766632938270",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1490716766632938270",
      "created_at" : "Mon Feb 07 15:59:08 +0000 2022",
      "favorited" : false,
      "full_text" : "the tls cert expires tomorrow. which cert? all of them, apparently.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1490644498775635537"
          ],
          "editableUntil" : "2022-02-07T12:11:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "15",
      "id_str" : "1490644498775635537",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1490644498775635537",
      "created_at" : "Mon Feb 07 11:11:58 +0000 2022",
      "favorited" : false,
      "full_text" : "pagers should come with a snooze button. for the whole career.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1487922114459127614"
          ],
          "editableUntil" : "2022-01-30T23:54:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1487922114459127614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1487922114459127614",
      "created_at" : "Sun Jan 30 22:54:11 +0000 2022",
      "favorited" : false,
      "full_text" : "we have 14 monitoring tools. none of them told us the site was down. a customer did.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1487083954107542687"
          ],
          "editableUntil" : "2022-01-28T16:23:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "6",
      "id_str" : "1487083954107542687",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1487083954107542687",
      "created_at" : "Fri Jan 28 15:23:38 +0000 2022",
      "favorited" : false,
      "full_text" : "one of our servers is named gandalf. it shall not pass health checks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486823605271604889"
          ],
          "editableUntil" : "2022-01-27T23:09:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tired Sre Anna",
            "screen_name" : "tired_sre_anna",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "312916432210081238",
            "id" : "312916432210081238"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1486823605271604889",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1486823605271604889",
      "created_at" : "Thu Jan 27 22:09:06 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @tired_sre_anna: postmortem tip: \"human error\" is never the root cause. ask why the human was able to make that error.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486642981762968788"
          ],
          "editableUntil" : "2022-01-27T11:11:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "1",
      "id_str" : "1486642981762968788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1486642981762968788",
      "created_at" : "Thu Jan 27 10:11:22 +0000 2022",
      "favorited" : false,
      "full_text" : "incident bridge call with 30 people. 2 are working. 28 are asking for updates.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486316807519001477"
          ],
          "editableUntil" : "2022-01-26T13:35:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "1486316807519001477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1486316807519001477",
      "created_at" : "Wed Jan 26 12:35:16 +0000 2022",
      "favorited" : false,
      "full_text" : "the documentation is a wiki page titled \"todo\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1485275592520997528"
          ],
          "editableUntil" : "2022-01-23T16:37:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "1485275592520997528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1485275592520997528",
      "created_at" : "Sun Jan 23 15:37:51 +0000 2022",
      "favorited" : false,
      "full_text" : "the \"quick question\" was a three hour call. i've stopped believing in quick.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484819432601672333"
          ],
          "editableUntil" : "2022-01-22T10:25:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "1484819432601672333",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1484819432601672333",
      "created_at" : "Sat Jan 22 09:25:14 +0000 2022",
      "favorited" : false,
      "full_text" : "the build has been failing for two weeks. everyone just ignores the red now. it's decorative.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484095457985153267"
          ],
          "editableUntil" : "2022-01-20T10:28:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "0",
      "id_str" : "1484095457985153267",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1484095457985153267",
      "created_at" : "Thu Jan 20 09:28:25 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee count: six. productivity count: two. ratio improving.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483363744875293551"
          ],
          "editableUntil" : "2022-01-18T10:00:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "3",
      "id_str" : "1483363744875293551",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1483363744875293551",
      "created_at" : "Tue Jan 18 09:00:51 +0000 2022",
      "favorited" : false,
      "full_text" : "every microservice is a tiny monolith with trust issues.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483221469886015824"
          ],
          "editableUntil" : "2022-01-18T00:35:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "11",
      "id_str" : "1483221469886015824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1483221469886015824",
      "created_at" : "Mon Jan 17 23:35:30 +0000 2022",
      "favorited" : false,
      "full_text" : "kidding. it's a 32 character random string now. i'm not a monster.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483078095995825609"
          ],
          "editableUntil" : "2022-01-17T15:05:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oncall Memes Daily",
            "screen_name" : "oncall_memes_daily",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "872288617235432848",
            "id" : "872288617235432848"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1483078095995825609",
      "truncated" : false,
      "retweet_count" : "110",
      "id" : "1483078095995825609",
      "created_at" : "Mon Jan 17 14:05:47 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @oncall_memes_daily: pager goes off. you open the laptop. the alert resolves itself. you are now awake forever.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482361604012463419"
          ],
          "editableUntil" : "2022-01-15T15:38:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "1",
      "id_str" : "1482361604012463419",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1482361604012463419",
      "created_at" : "Sat Jan 15 14:38:42 +0000 2022",
      "favorited" : false,
      "full_text" : "network issue. or dns. same thing really.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482358802217945853"
          ],
          "editableUntil" : "2022-01-15T15:27:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ops Weekly Digest",
            "screen_name" : "ops_weekly_digest",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "538729131387601661",
            "id" : "538729131387601661"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1482358802217945853",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "1482358802217945853",
      "created_at" : "Sat Jan 15 14:27:34 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @ops_weekly_digest: survey says most engineers ignore alerts once there are too many of them. the rest didn't see the survey notification.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482182880526602705"
          ],
          "editableUntil" : "2022-01-15T03:48:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "0",
      "id_str" : "1482182880526602705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1482182880526602705",
      "created_at" : "Sat Jan 15 02:48:31 +0000 2022",
      "favorited" : false,
      "full_text" : "coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481916584166376850"
          ],
          "editableUntil" : "2022-01-14T10:10:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OOGrFq2CNA",
            "expanded_url" : "https://grumpysysadmin.example.org/img/667",
            "display_url" : "grumpysysadmin.example.…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "1481916584166376850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1481916584166376850",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jan 14 09:10:21 +0000 2022",
      "favorited" : false,
      "full_text" : "https://t.co/OOGrFq2CNA",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481809721687960225"
          ],
          "editableUntil" : "2022-01-14T03:05:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "4",
      "id_str" : "1481809721687960225",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1481809721687960225",
      "created_at" : "Fri Jan 14 02:05:43 +0000 2022",
      "favorited" : false,
      "full_text" : "the printer jammed. we're a \"paperless office\". the printer didn't get the memo.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1479753183131611516"
          ],
          "editableUntil" : "2022-01-08T10:53:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "1479753183131611516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479753183131611516",
      "created_at" : "Sat Jan 08 09:53:46 +0000 2022",
      "favorited" : false,
      "full_text" : "change freeze starts tomorrow. so today everyone is changing everything.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1478052367693214371"
          ],
          "editableUntil" : "2022-01-03T18:15:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "12",
      "id_str" : "1478052367693214371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1478052367693214371",
      "created_at" : "Mon Jan 03 17:15:20 +0000 2022",
      "favorited" : false,
      "full_text" : "automation is great until it automates the wrong thing really fast.",
      "lang" : "en"
    }
  }
]
