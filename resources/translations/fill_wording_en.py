"""Fill the English of the words several pages share (context "Wording", `ui/wording.py`): a
list's separator, how a member is named, the group roles."""

from __future__ import annotations

from fill_ts import run

EN = {
    "Wording": {
        "、": ", ",
        "未命名": "unnamed",
        "「%1」（#%2）": "“%1” (#%2)",
        "%1（#%2）": "%1 (#%2)",
        "群主": "Owner",
        "管理员": "Admin",
        "成员": "Member",
        "组长": "Leader",
    },
}


if __name__ == "__main__":
    run(EN)
