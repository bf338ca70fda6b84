"""Demo course: protecting state secrets and personal data, advanced (plain data)."""

COURSE = {
    "slug": "bi-mat-nha-nuoc-va-du-lieu-ca-nhan",
    "title": "Bảo vệ bí mật nhà nước và dữ liệu cá nhân (nâng cao)",
    "topic": "An toàn thông tin",
    "level": "advanced",
    "summary": (
        "Khóa nâng cao dành cho cán bộ văn phòng cấp ủy đã học “An toàn thông tin cho cán bộ văn "
        "phòng”. Khóa học cập nhật Luật Bảo vệ bí mật nhà nước số 117/2025/QH15 (thay thế Luật năm "
        "2018) và Nghị định 63/2026/NĐ-CP hướng dẫn thi hành; cách xác định bí mật nhà nước và độ "
        "mật; sao, chụp, vận chuyển, mang ra ngoài và tiêu hủy tài liệu mật; bảo vệ dữ liệu cá "
        "nhân của cán bộ, đảng viên theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định "
        "356/2025/NĐ-CP (thay thế Nghị định 13/2023/NĐ-CP); ứng xử trên mạng xã hội theo Luật An "
        "ninh mạng; nhận diện lừa đảo kiểu mới (giả danh cơ quan chức năng, deepfake); trách nhiệm "
        "và kỷ luật khi để lộ, mất."
    ),
    "objectives": [
        (
            "Nêu đúng số hiệu, hiệu lực của Luật Bảo vệ bí mật nhà nước 2025, Luật Bảo vệ dữ liệu "
            "cá nhân 2025 và Luật An ninh mạng 2025, cùng văn bản mà mỗi luật thay thế."
        ),
        (
            "Đề xuất độ mật căn cứ danh mục bí mật nhà nước; không xác định bí mật nhà nước với "
            "thông tin không thuộc danh mục."
        ),
        (
            "Sao, chụp, vận chuyển, giao nhận, mang ra ngoài và tiêu hủy tài liệu mật đúng thẩm "
            "quyền, có đăng ký, trên phương tiện được phép."
        ),
        (
            "Xử lý dữ liệu cá nhân của cán bộ, đảng viên đúng mục đích, tối thiểu, có phân quyền; "
            "nhận diện dữ liệu cá nhân nhạy cảm."
        ),
        (
            "Ứng xử trên mạng xã hội đúng pháp luật và quy định của Đảng; không đăng tải thông tin "
            "nội bộ, thông tin sai sự thật."
        ),
        (
            "Nhận diện và xử lý cuộc gọi giả danh cơ quan chức năng, cuộc gọi video giả mạo "
            "(deepfake); báo cáo đúng người khi để lộ, mất thông tin."
        ),
    ],
    "estimated_minutes": 190,
    "issues_certificate": True,
    "lessons": [
        {
            "slug": "bi-mat-nha-nuoc-va-xac-dinh-do-mat",
            "title": "Bí mật nhà nước: danh mục và xác định độ mật",
            "estimated_minutes": 35,
            "body": [
                ("heading", "Luật Bảo vệ bí mật nhà nước năm 2025"),
                (
                    "rich_text",
                    (
                        "<p><strong>Luật Bảo vệ bí mật nhà nước số 117/2025/QH15</strong> được "
                        "Quốc hội khóa XV thông qua ngày 10/12/2025, có hiệu lực từ ngày "
                        "01/3/2026, thay thế Luật Bảo vệ bí mật nhà nước số 29/2018/QH14. Luật gồm "
                        "5 chương, 28 điều, kế thừa những quy định còn phù hợp của Luật năm 2018 "
                        "và bổ sung quy định mới đáp ứng yêu cầu chuyển đổi số và mô hình chính "
                        "quyền địa phương hai cấp. Chính phủ đã ban hành <strong>Nghị định "
                        "63/2026/NĐ-CP</strong> hướng dẫn thi hành Luật, quy định cụ thể về thẩm "
                        "quyền ký văn bản bí mật nhà nước và văn bản điện tử bí mật nhà nước; đăng "
                        "ký, quản lý, thu hồi, gửi, nhận văn bản điện tử bí mật nhà nước; vận "
                        "chuyển, giao nhận tài liệu, vật chứa bí mật nhà nước; các mẫu dấu, mẫu "
                        "giấy tờ dùng trong công tác bảo vệ bí mật nhà nước.</p><p>Theo Luật, "
                        "<strong>bí mật nhà nước</strong> là thông tin có nội dung quan trọng do "
                        "người có thẩm quyền theo quy định của Luật xác định, chưa được công khai, "
                        "nếu bị lộ, bị mất có thể gây nguy hại đến lợi ích quốc gia, dân tộc. Bí "
                        "mật nhà nước được chứa đựng trong tài liệu (gồm cả văn bản giấy và văn "
                        "bản điện tử), vật, địa điểm, lời nói, hoạt động hoặc các dạng khác.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Những điểm mới của Luật năm 2025 mà văn phòng cấp ủy cần nắm",
                        "header": ["Điểm mới", "Nội dung", "Ý nghĩa với công việc"],
                        "rows": [
                            [
                                "Khái niệm “mạng LAN độc lập”",
                                (
                                    "Mạng máy tính cục bộ giới hạn trong một trụ sở, không kết nối "
                                    "Internet, mạng viễn thông hay mạng khác có kết nối ra ngoài "
                                    "trụ sở, có biện pháp bảo đảm an ninh, an toàn"
                                ),
                                (
                                    "Nơi được dùng để soạn thảo, lưu giữ, gửi, nhận bí mật nhà "
                                    "nước trong cơ quan khi cơ quan đã thiết lập đúng quy định"
                                ),
                            ],
                            [
                                "Khái niệm “văn bản điện tử bí mật nhà nước”",
                                (
                                    "Văn bản chứa bí mật nhà nước dưới dạng dữ liệu số, do người "
                                    "có thẩm quyền xác định"
                                ),
                                (
                                    "Văn bản mật dạng số có quy trình đăng ký, quản lý, gửi, nhận, "
                                    "thu hồi riêng"
                                ),
                            ],
                            [
                                (
                                    "Nghiêm cấm xác định bí mật nhà nước đối với thông tin không "
                                    "thuộc danh mục"
                                ),
                                "Không được “đóng dấu mật” tùy tiện",
                                "Đề xuất độ mật phải căn cứ danh mục bí mật nhà nước",
                            ],
                            [
                                (
                                    "Nghiêm cấm sử dụng trí tuệ nhân tạo hoặc công nghệ mới để xâm "
                                    "phạm bí mật nhà nước"
                                ),
                                "Áp dụng cả với việc đưa tài liệu mật vào công cụ AI",
                                "Không dùng công cụ AI với bất kỳ nội dung mật nào",
                            ],
                        ],
                    },
                ),
                ("heading", "Danh mục bí mật nhà nước và ba độ mật"),
                (
                    "rich_text",
                    (
                        "<p>Không phải thông tin quan trọng nào cũng là bí mật nhà nước. Bí mật "
                        "nhà nước phải thuộc <strong>danh mục bí mật nhà nước</strong> do cấp có "
                        "thẩm quyền ban hành cho từng lĩnh vực, trong đó có lĩnh vực công tác của "
                        "Đảng. Danh mục cho biết loại thông tin nào là bí mật nhà nước và ở độ mật "
                        "nào. Tài liệu chứa bí mật nhà nước được đóng dấu một trong ba độ mật: "
                        "<strong>Tuyệt mật</strong>, <strong>Tối mật</strong>, "
                        "<strong>Mật</strong>, căn cứ tính chất quan trọng của nội dung và mức độ "
                        "nguy hại nếu bị lộ, bị mất.</p><p>Văn phòng cấp ủy còn xử lý nhiều thông "
                        "tin tuy không thuộc danh mục bí mật nhà nước nhưng <strong>chưa được phép "
                        "công khai</strong>: dự thảo đang xin ý kiến, tài liệu phục vụ hội nghị, "
                        "thông tin về công tác cán bộ trong quá trình xem xét. Những thông tin này "
                        "không được đóng dấu độ mật nếu không thuộc danh mục, nhưng vẫn được quản "
                        "lý theo quy định của Đảng và quy chế của cơ quan; làm lộ chúng vẫn là vi "
                        "phạm và có thể bị xử lý kỷ luật.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Đóng dấu mật thừa cũng là sai",
                        "text": (
                            "<p>Có người nghĩ “cứ đóng dấu mật cho chắc”. Luật năm 2025 đã nghiêm "
                            "cấm xác định bí mật nhà nước đối với thông tin không thuộc danh mục. "
                            "Đóng dấu mật thừa làm tài liệu bị hạn chế sử dụng không cần thiết, "
                            "làm khó việc phối hợp, và làm nhẹ đi ý nghĩa của dấu mật thật. Ngược "
                            "lại, không đề xuất độ mật cho thông tin thuộc danh mục là để lộ bí "
                            "mật nhà nước. Cả hai chiều đều phải căn cứ danh mục.</p>"
                        ),
                    },
                ),
                ("heading", "Ai xác định độ mật?"),
                (
                    "rich_text",
                    (
                        "<p>Việc xác định bí mật nhà nước và độ mật do người có thẩm quyền thực "
                        "hiện theo quy định của Luật. Trong thực tế văn phòng, người soạn thảo văn "
                        "bản có trách nhiệm <strong>đề xuất</strong> độ mật căn cứ danh mục, thể "
                        "hiện trong tờ trình hoặc phiếu đề xuất theo mẫu của cơ quan; người có "
                        "thẩm quyền ký văn bản quyết định. Văn thư đóng dấu độ mật theo quyết định "
                        "đó. Với văn bản điện tử bí mật nhà nước, việc xác định và thể hiện độ mật "
                        "thực hiện trên hệ thống dành riêng, theo Nghị định hướng dẫn.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Đề xuất độ mật cho một dự thảo văn bản",
                        "items": [
                            (
                                "<p>Xác định nội dung chính của dự thảo: thông tin nào có thể gây "
                                "nguy hại nếu bị lộ?</p>"
                            ),
                            (
                                "<p>Tra danh mục bí mật nhà nước của lĩnh vực liên quan (do cán bộ "
                                "phụ trách công tác bảo vệ bí mật nhà nước của cơ quan quản lý) để "
                                "xem thông tin đó có trong danh mục không, ở độ mật nào.</p>"
                            ),
                            (
                                "<p>Nếu có, đề xuất độ mật tương ứng, ghi rõ căn cứ (mục nào của "
                                "danh mục) theo mẫu của cơ quan; nếu không, không đề xuất độ mật "
                                "nhưng xem xét thông tin có thuộc loại “chưa được phép công khai” "
                                "không.</p>"
                            ),
                            (
                                "<p>Trình người có thẩm quyền quyết định; từ lúc bắt đầu soạn, xử "
                                "lý dự thảo như tài liệu mật nếu có khả năng thuộc danh mục.</p>"
                            ),
                            (
                                "<p>Khi không chắc chắn, hỏi cán bộ phụ trách công tác bảo vệ bí "
                                "mật nhà nước, không tự suy đoán.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Bí mật trong công tác kiểm tra, giám sát, kỷ luật của Đảng",
                        "text": (
                            "<p>Một số lĩnh vực công tác của Đảng có quy định riêng. Ví dụ, Quy "
                            "định 225-QĐ/TW ngày 30/12/2024 của Ban Bí thư quy định về giải mật "
                            "thông tin công tác kiểm tra, giám sát và kỷ luật của Đảng. Cán bộ làm "
                            "việc với loại thông tin nào cần nắm quy định riêng của lĩnh vực đó, "
                            "qua người phụ trách của cơ quan.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Chuyên viên soạn báo cáo tổng hợp tình hình chung, muốn “đóng dấu Mật "
                            "cho chắc” dù nội dung không thuộc danh mục bí mật nhà nước. Nhận xét "
                            "nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": "Nên làm, vì đóng dấu mật thừa không bao giờ có hại.",
                                "correct": False,
                                "feedback": (
                                    "Luật năm 2025 nghiêm cấm xác định bí mật nhà nước đối với "
                                    "thông tin không thuộc danh mục."
                                ),
                            },
                            {
                                "text": "Được, nếu lãnh đạo phòng đồng ý.",
                                "correct": False,
                                "feedback": (
                                    "Sự đồng ý của lãnh đạo phòng không thay được căn cứ là danh "
                                    "mục bí mật nhà nước."
                                ),
                            },
                            {
                                "text": (
                                    "Không được: độ mật phải căn cứ danh mục; nếu thông tin chưa "
                                    "được phép công khai, quản lý theo quy chế của cơ quan mà "
                                    "không đóng dấu độ mật."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Đóng dấu mật thừa làm hạn chế sử dụng không cần thiết "
                                    "và trái quy định."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Theo Luật Bảo vệ bí mật nhà nước 2025, “mạng LAN độc lập” là gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Mạng cục bộ trong một trụ sở, không kết nối Internet, mạng "
                                    "viễn thông hay mạng khác ra ngoài trụ sở."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Đây là khái niệm mới của Luật năm 2025; mạng này còn "
                                    "phải có biện pháp bảo đảm an ninh, an toàn."
                                ),
                            },
                            {
                                "text": (
                                    "Mạng Wi-Fi riêng của cơ quan có đặt mật khẩu mạnh, chỉ cán bộ "
                                    "của cơ quan được cấp mật khẩu để kết nối."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Mạng Wi-Fi của cơ quan thường có kết nối Internet; đặt mật "
                                    "khẩu không làm nó thành mạng LAN độc lập."
                                ),
                            },
                            {
                                "text": "Mạng nội bộ của cơ quan có tường lửa ngăn với Internet.",
                                "correct": False,
                                "feedback": (
                                    "Tường lửa vẫn là có kết nối ra ngoài; mạng LAN độc lập không "
                                    "kết nối Internet, mạng viễn thông."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "sao-chup-van-chuyen-va-tieu-huy-tai-lieu-mat",
            "title": "Sao, chụp, vận chuyển, mang ra ngoài và tiêu hủy tài liệu mật",
            "estimated_minutes": 35,
            "body": [
                ("heading", "Những hành vi bị nghiêm cấm cần thuộc lòng"),
                (
                    "rich_text",
                    (
                        "<p>Trong các hành vi bị nghiêm cấm của Luật Bảo vệ bí mật nhà nước năm "
                        "2025, nhiều hành vi liên quan trực tiếp đến công việc hằng ngày của văn "
                        "phòng: làm lộ, chiếm đoạt, mua, bán bí mật nhà nước; làm sai lệch, hư "
                        "hỏng, mất tài liệu, vật chứa bí mật nhà nước; thu thập, trao đổi, cung "
                        "cấp, chuyển giao bí mật nhà nước trái pháp luật; sao, chụp, lưu giữ, vận "
                        "chuyển, giao, nhận, thu hồi, tiêu hủy tài liệu, vật chứa bí mật nhà nước "
                        "trái pháp luật; mang tài liệu, vật chứa bí mật nhà nước ra khỏi nơi lưu "
                        "giữ trái pháp luật; và soạn thảo, lưu giữ tài liệu bí mật nhà nước trên "
                        "máy tính hoặc thiết bị khác đang kết nối với mạng Internet, mạng viễn "
                        "thông hay mạng máy tính (trừ mạng LAN độc lập), trừ trường hợp lưu giữ "
                        "theo quy định của pháp luật về cơ yếu.</p><p>Điểm chung của các quy định "
                        "này: mỗi thao tác với tài liệu mật đều phải <strong>đúng thẩm "
                        "quyền</strong>, <strong>có đăng ký</strong> và <strong>trên phương tiện "
                        "được phép</strong>. Không có thao tác nào được làm “cho nhanh” ngoài quy "
                        "trình.</p>"
                    ),
                ),
                ("heading", "Sao, chụp: chỉ khi được phép, đúng số bản"),
                (
                    "rich_text",
                    (
                        "<p>Sao, chụp tài liệu mật (photo, in thêm bản, chụp ảnh, quét thành tệp) "
                        "chỉ được thực hiện khi người có thẩm quyền cho phép. Việc sao, chụp phải "
                        "được ghi vào sổ quản lý theo quy định, làm đúng số bản được phép, bản sao "
                        "được đóng dấu và quản lý như bản gốc. Bản thừa, bản hỏng phải được tiêu "
                        "hủy ngay theo quy trình, không bỏ vào sọt rác. Thiết bị dùng để sao, chụp "
                        "(máy photo, máy quét, máy in) không được kết nối Internet, mạng viễn "
                        "thông, trừ trường hợp theo quy định về cơ yếu; nhiều máy photo đời mới có "
                        "ổ cứng lưu lại bản chụp và có kết nối mạng, nên không dùng máy photo dùng "
                        "chung của cơ quan cho tài liệu mật nếu chưa được bố trí cho việc đó.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Thao tác với tài liệu mật: đúng và sai (ví dụ minh họa)",
                        "header": ["Thao tác", "Cách làm đúng", "Sai thường gặp"],
                        "rows": [
                            [
                                "Sao thêm bản cho đại biểu",
                                (
                                    "Xin phép người có thẩm quyền, ghi sổ, sao đúng số bản, đóng "
                                    "dấu bản sao"
                                ),
                                "Tự photo thêm “để dự phòng”",
                            ],
                            [
                                "Đọc tài liệu ở nhà",
                                (
                                    "Không mang về nhà, trừ khi được người có thẩm quyền cho phép "
                                    "và có biện pháp bảo vệ"
                                ),
                                "Mang về nhà đọc cho kịp họp sáng mai",
                            ],
                            [
                                "Chuyển tài liệu cho đơn vị khác",
                                (
                                    "Đăng ký vào sổ bí mật nhà nước đi hoặc hệ thống quản lý văn "
                                    "bản điện tử bí mật nhà nước; giao có ký nhận"
                                ),
                                "Nhờ người quen đi cùng đường cầm hộ",
                            ],
                            [
                                "Tiêu hủy bản hỏng",
                                (
                                    "Tiêu hủy theo quy trình, bảo đảm không khôi phục được, có "
                                    "biên bản khi quy định yêu cầu"
                                ),
                                "Xé đôi bỏ sọt rác",
                            ],
                            [
                                "Xóa tệp mật trên máy chuyên dùng",
                                "Theo hướng dẫn kỹ thuật, bảo đảm không khôi phục được",
                                "Bấm Delete rồi dọn Thùng rác",
                            ],
                        ],
                    },
                ),
                ("heading", "Vận chuyển, giao nhận, mang ra khỏi nơi lưu giữ"),
                (
                    "rich_text",
                    (
                        "<p>Theo Nghị định 63/2026/NĐ-CP, tài liệu, vật chứa bí mật nhà nước khi "
                        "vận chuyển phải được chứa, đựng trong thiết bị và bảo quản bằng vật liệu "
                        "phù hợp, bảo đảm không bị hư hỏng; được vận chuyển bằng phương tiện, "
                        "thiết bị bảo đảm an toàn do người đứng đầu cơ quan, tổ chức quản lý bí "
                        "mật nhà nước quy định; người được giao nhiệm vụ vận chuyển có trách nhiệm "
                        "bảo vệ tài liệu trong suốt quá trình vận chuyển. Trước khi giao tài liệu "
                        "đi phải đăng ký vào sổ đăng ký bí mật nhà nước đi hoặc vào hệ thống quản "
                        "lý văn bản điện tử bí mật nhà nước.</p><p>Mang tài liệu mật ra khỏi nơi "
                        "lưu giữ, ví dụ để phục vụ một cuộc họp ở nơi khác, chỉ được thực hiện khi "
                        "người có thẩm quyền cho phép, và người mang phải bảo vệ tài liệu suốt "
                        "thời gian mang ra ngoài, mang về đúng nơi lưu giữ. Với chuyến công tác "
                        "nước ngoài, việc bàn giao, quản lý tài liệu mật có quy định riêng trong "
                        "Nghị định.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Tiêu hủy không phải là “vứt đi”",
                        "text": (
                            "<p>Tiêu hủy tài liệu mật là làm cho tài liệu không còn khả năng khai "
                            "thác, khôi phục, và chỉ được làm khi có quyết định của người có thẩm "
                            "quyền, đúng quy trình. Với văn bản điện tử và thiết bị lưu trữ, “xóa” "
                            "thông thường không đủ: dữ liệu vẫn có thể khôi phục. Ổ cứng, USB "
                            "chuyên dùng khi hỏng hay thanh lý phải được xử lý theo hướng dẫn kỹ "
                            "thuật của cơ quan, không đem ra cửa hàng sửa chữa.</p>"
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Khi được giao mang tài liệu mật đi họp ở cơ quan khác",
                        "items": [
                            (
                                "<p>Xin phép người có thẩm quyền; ghi sổ theo quy định trước khi "
                                "mang đi.</p>"
                            ),
                            (
                                "<p>Đựng tài liệu trong bì, cặp có khóa hoặc phương tiện theo quy "
                                "định của cơ quan; không để lẫn với giấy tờ cá nhân.</p>"
                            ),
                            (
                                "<p>Đi thẳng đến nơi họp, không ghé nơi khác; không để tài liệu "
                                "trên xe, trong phòng nghỉ không có người trông.</p>"
                            ),
                            (
                                "<p>Trong cuộc họp, giữ tài liệu bên mình; không chụp ảnh, không "
                                "để người không có nhiệm vụ xem.</p>"
                            ),
                            (
                                "<p>Mang về ngay sau khi họp, trả về nơi lưu giữ, ghi sổ; báo ngay "
                                "nếu có bất thường.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Cần thêm 5 bản một tài liệu độ “Mật” để phát cho đại biểu. Cách làm "
                            "nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": "Photo 7 bản để dự phòng, bản thừa cất vào ngăn kéo.",
                                "correct": False,
                                "feedback": (
                                    "Sao quá số bản được phép và giữ bản thừa là vi phạm; bản thừa "
                                    "phải được tiêu hủy ngay."
                                ),
                            },
                            {
                                "text": (
                                    "Xin phép người có thẩm quyền, ghi sổ, sao đúng 5 bản trên "
                                    "thiết bị được bố trí."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Sao, chụp phải đúng thẩm quyền, có đăng ký, đúng số "
                                    "bản, trên phương tiện được phép; bản sao được quản lý như bản "
                                    "gốc."
                                ),
                            },
                            {
                                "text": (
                                    "Quét thành tệp PDF và gửi qua thư điện tử công vụ cho đại "
                                    "biểu, vì thư công vụ là hệ thống của cơ quan."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Gửi tài liệu mật qua thư điện tử có kết nối Internet là làm "
                                    "lộ bí mật nhà nước."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Máy tính chuyên dùng soạn tài liệu mật bị hỏng ổ cứng. Nên xử lý thế "
                            "nào?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Báo cán bộ phụ trách; sửa, thay, xử lý ổ cứng theo quy chế "
                                    "của cơ quan."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Thiết bị đã dùng cho bí mật nhà nước phải được xử lý "
                                    "theo hướng dẫn kỹ thuật và quy chế bảo vệ bí mật nhà nước."
                                ),
                            },
                            {
                                "text": (
                                    "Mang ra cửa hàng sửa máy tính quen gần cơ quan, dặn kỹ thuật "
                                    "viên không mở các tệp trong máy."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Dữ liệu mật trên ổ cứng có thể bị khôi phục và sao chép tại "
                                    "cửa hàng."
                                ),
                            },
                            {
                                "text": "Tháo ổ cứng, bỏ vào thùng rác, lắp ổ mới.",
                                "correct": False,
                                "feedback": "Ổ cứng bỏ đi vẫn có thể bị khôi phục dữ liệu.",
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "du-lieu-ca-nhan-cua-can-bo-dang-vien",
            "title": "Dữ liệu cá nhân của cán bộ, đảng viên",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Văn phòng cấp ủy giữ rất nhiều dữ liệu cá nhân"),
                (
                    "rich_text",
                    (
                        "<p>Lý lịch đảng viên, phiếu đảng viên, danh sách cấp ủy viên, hồ sơ đánh "
                        "giá, xếp loại, hồ sơ khen thưởng, kỷ luật, danh sách nộp đảng phí, danh "
                        "sách dự hội nghị kèm số điện thoại… đều chứa <strong>dữ liệu cá "
                        "nhân</strong>. Một văn phòng cấp ủy cấp tỉnh có thể quản lý dữ liệu của "
                        "hàng chục nghìn người. Lộ những dữ liệu này gây hại trực tiếp cho người "
                        "có dữ liệu (bị lừa đảo, bị quấy rối, bị lợi dụng), và gây tổn hại uy tín "
                        "của tổ chức đảng.</p><p><strong>Luật Bảo vệ dữ liệu cá nhân số "
                        "91/2025/QH15</strong> được Quốc hội thông qua ngày 26/6/2025, có hiệu lực "
                        "từ ngày 01/01/2026, là đạo luật đầu tiên điều chỉnh toàn diện việc bảo vệ "
                        "dữ liệu cá nhân. <strong>Nghị định 356/2025/NĐ-CP</strong> ngày "
                        "31/12/2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật, có "
                        "hiệu lực từ ngày 01/01/2026, thay thế Nghị định 13/2023/NĐ-CP ngày "
                        "17/4/2023 về bảo vệ dữ liệu cá nhân. Các văn bản, tài liệu còn dẫn Nghị "
                        "định 13/2023/NĐ-CP cần được cập nhật.</p>"
                    ),
                ),
                ("heading", "Dữ liệu cá nhân cơ bản và nhạy cảm"),
                (
                    "rich_text",
                    (
                        "<p>Theo Luật, <strong>dữ liệu cá nhân</strong> là dữ liệu số hoặc thông "
                        "tin dưới dạng khác xác định hoặc giúp xác định một con người cụ thể, gồm "
                        "<strong>dữ liệu cá nhân cơ bản</strong> và <strong>dữ liệu cá nhân nhạy "
                        "cảm</strong>; danh mục của từng loại do Chính phủ ban hành. Dữ liệu cơ "
                        "bản là những yếu tố nhân thân, lai lịch thường dùng trong giao dịch (họ "
                        "tên, ngày sinh, địa chỉ, số điện thoại…). Dữ liệu nhạy cảm gắn với quyền "
                        "riêng tư, khi bị xâm phạm gây ảnh hưởng trực tiếp đến quyền, lợi ích hợp "
                        "pháp của người đó, như thông tin sức khỏe, sinh trắc học, tài chính, tôn "
                        "giáo, quan điểm chính trị; cần bảo vệ ở mức cao hơn.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Ví dụ minh họa: dữ liệu trong hồ sơ công tác đảng",
                        "header": [
                            "Dữ liệu",
                            "Loại (tham khảo; đối chiếu danh mục của Chính phủ)",
                            "Lưu ý khi xử lý",
                        ],
                        "rows": [
                            [
                                "Họ tên, ngày sinh, quê quán, chi bộ sinh hoạt",
                                "Cơ bản",
                                (
                                    "Chỉ dùng cho đúng việc; không đăng công khai danh sách kèm "
                                    "ngày sinh, địa chỉ"
                                ),
                            ],
                            [
                                "Số căn cước, số điện thoại cá nhân",
                                "Cơ bản",
                                (
                                    "Không đưa vào danh sách gửi rộng; chỉ những người có nhiệm vụ "
                                    "được xem"
                                ),
                            ],
                            [
                                "Tình trạng sức khỏe trong hồ sơ miễn sinh hoạt",
                                "Nhạy cảm",
                                "Phân quyền chặt; không nêu trong văn bản phổ biến rộng",
                            ],
                            [
                                "Thông tin tài chính, tài khoản ngân hàng khi chi trả chế độ",
                                "Nhạy cảm",
                                "Chỉ bộ phận tài chính xử lý; không gửi qua ứng dụng nhắn tin",
                            ],
                            [
                                "Nhận xét, đánh giá, kỷ luật",
                                "Cần bảo vệ đặc biệt theo quy định của Đảng",
                                "Chỉ người có thẩm quyền, theo quy trình công tác cán bộ",
                            ],
                        ],
                    },
                ),
                ("heading", "Những nguyên tắc áp dụng hằng ngày"),
                (
                    "rich_text",
                    (
                        "<ul><li><strong>Đúng mục đích:</strong> dữ liệu thu cho việc gì chỉ dùng "
                        "cho việc đó. Danh sách thu để cấp thẻ đảng viên không dùng để lập danh "
                        "sách quảng cáo hay gửi cho đơn vị ngoài.</li><li><strong>Tối "
                        "thiểu:</strong> chỉ thu, chỉ trích, chỉ gửi những trường thật cần. Gửi "
                        "giấy mời không cần số căn cước.</li><li><strong>Phân quyền:</strong> chỉ "
                        "người có nhiệm vụ được tiếp cận; thư mục, bảng tính có dữ liệu cá nhân "
                        "phải đặt quyền xem, quyền sửa.</li><li><strong>An toàn:</strong> không "
                        "gửi danh sách có dữ liệu cá nhân qua ứng dụng nhắn tin cá nhân, thư điện "
                        "tử cá nhân; không đưa vào công cụ AI trực tuyến; không để trên máy dùng "
                        "chung.</li><li><strong>Tôn trọng quyền của người có dữ liệu:</strong> "
                        "Luật xác lập các quyền như được biết, đồng ý hoặc không đồng ý, truy cập, "
                        "yêu cầu chỉnh sửa; yêu cầu hợp lệ của cán bộ, đảng viên về dữ liệu của "
                        "chính họ cần được tiếp nhận và xử lý theo quy trình của cơ quan.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Danh sách “chưa nộp đảng phí” trên nhóm Zalo",
                        "text": (
                            "<p>Ví dụ minh họa: để đôn đốc, một cán bộ đăng lên nhóm Zalo của đảng "
                            "bộ (có cả người ngoài chi bộ) danh sách đảng viên chưa nộp đảng phí "
                            "kèm số điện thoại và số tiền còn thiếu. Việc đôn đốc là cần thiết, "
                            "nhưng cách làm này công khai dữ liệu cá nhân cho những người không có "
                            "nhiệm vụ. Cách làm đúng: nhắc riêng từng người, hoặc thông báo trong "
                            "sinh hoạt chi bộ theo quy định.</p>"
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Khi phát hiện dữ liệu cá nhân bị lộ",
                        "items": [
                            (
                                "<p>Dừng ngay việc đang làm lộ thêm (thu hồi tin nhắn nếu có thể, "
                                "gỡ tệp khỏi thư mục dùng chung).</p>"
                            ),
                            (
                                "<p>Báo lãnh đạo trực tiếp và đầu mối an toàn thông tin: dữ liệu "
                                "gì, của bao nhiêu người, lộ cho ai, lúc nào.</p>"
                            ),
                            (
                                "<p>Làm theo hướng dẫn của cơ quan về đánh giá, ngăn chặn và thông "
                                "báo theo quy định của pháp luật về bảo vệ dữ liệu cá nhân.</p>"
                            ),
                            (
                                "<p>Ghi lại sự việc để rút kinh nghiệm; điều chỉnh quy trình để "
                                "không lặp lại.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Văn phòng cần gửi cho các chi bộ danh sách đảng viên được mời dự lễ "
                            "trao Huy hiệu Đảng. Danh sách nên có những gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Họ tên, số căn cước, số điện thoại, địa chỉ, để liên hệ cho "
                                    "chắc."
                                ),
                                "correct": False,
                                "feedback": "Số căn cước, địa chỉ không cần cho việc mời dự lễ.",
                            },
                            {
                                "text": (
                                    "Họ tên, chi bộ và thông tin cần để tổ chức buổi lễ; không kèm "
                                    "số căn cước, địa chỉ nhà riêng."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Nguyên tắc tối thiểu: chỉ những gì cần cho đúng mục "
                                    "đích."
                                ),
                            },
                            {
                                "text": (
                                    "Toàn bộ thông tin trong lý lịch để các chi bộ tiện đối chiếu."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Gửi thừa dữ liệu cá nhân trái với nguyên tắc đúng mục đích, "
                                    "tối thiểu."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Văn bản hướng dẫn nội bộ của cơ quan còn dẫn “Nghị định 13/2023/NĐ-CP "
                            "về bảo vệ dữ liệu cá nhân”. Cần cập nhật thế nào?"
                        ),
                        "choices": [
                            {
                                "text": "Giữ nguyên, vì Nghị định 13/2023/NĐ-CP vẫn còn hiệu lực.",
                                "correct": False,
                                "feedback": (
                                    "Nghị định 13/2023/NĐ-CP đã được thay thế từ ngày 01/01/2026."
                                ),
                            },
                            {
                                "text": (
                                    "Dẫn Luật An ninh mạng, vì luật này đã bao gồm toàn bộ nội "
                                    "dung bảo vệ dữ liệu cá nhân trên không gian mạng và ngoài đời."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Bảo vệ dữ liệu cá nhân có luật riêng là Luật số 91/2025/QH15."
                                ),
                            },
                            {
                                "text": (
                                    "Dẫn Luật số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP (thay "
                                    "Nghị định 13/2023/NĐ-CP)."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Đây là các văn bản có hiệu lực từ ngày 01/01/2026."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "ung-xu-tren-mang-xa-hoi",
            "title": "Ứng xử trên mạng xã hội theo Luật An ninh mạng",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Luật An ninh mạng năm 2025"),
                (
                    "rich_text",
                    (
                        "<p>Ngày 10/12/2025, Quốc hội thông qua <strong>Luật An ninh mạng số "
                        "116/2025/QH15</strong>, có hiệu lực từ ngày 01/7/2026. Luật được xây dựng "
                        "trên cơ sở kế thừa, hợp nhất các quy định còn phù hợp của <strong>Luật An "
                        "ninh mạng năm 2018 (số 24/2018/QH14)</strong> và <strong>Luật An toàn "
                        "thông tin mạng năm 2015 (số 86/2015/QH13)</strong>. Luật tiếp tục nghiêm "
                        "cấm nhiều hành vi trên không gian mạng, trong đó có: đăng tải, phát tán "
                        "thông tin tuyên truyền chống Nhà nước, xuyên tạc, phỉ báng chính quyền "
                        "nhân dân; xuyên tạc lịch sử, phủ nhận thành tựu cách mạng, phá hoại khối "
                        "đại đoàn kết toàn dân tộc; bịa đặt, vu khống, đưa thông tin sai sự thật, "
                        "xâm phạm nhân phẩm, danh dự, uy tín của người khác hoặc gây thiệt hại cho "
                        "cơ quan, tổ chức, cá nhân; làm lộ bí mật đời tư của người khác.</p><p>Với "
                        "cán bộ, đảng viên, ngoài pháp luật còn có các quy định của Đảng về phát "
                        "ngôn, về giữ gìn bí mật và về chuẩn mực đạo đức. Trên mạng xã hội, mỗi "
                        "cán bộ văn phòng cấp ủy vừa là một công dân, vừa mang hình ảnh của cơ "
                        "quan mình, kể cả khi dùng tài khoản cá nhân.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Ba loại nội dung cán bộ văn phòng không đăng trên mạng xã hội",
                        "header": ["Loại", "Ví dụ minh họa", "Vì sao"],
                        "rows": [
                            [
                                "Thông tin nội bộ chưa công khai",
                                (
                                    "Ảnh chụp tài liệu hội nghị, dự thảo, kết luận chưa công bố; "
                                    "ảnh bàn làm việc có văn bản; ảnh màn hình hệ thống quản lý "
                                    "văn bản"
                                ),
                                (
                                    "Làm lộ thông tin chưa được phép công khai, có thể có bí mật "
                                    "nhà nước"
                                ),
                            ],
                            [
                                "Thông tin sai sự thật, chưa kiểm chứng",
                                (
                                    "Chia sẻ “tin nóng” về nhân sự, về sự việc chưa có thông báo "
                                    "chính thức"
                                ),
                                (
                                    "Luật nghiêm cấm đưa thông tin sai sự thật; cán bộ chia sẻ làm "
                                    "tin giả thêm đáng tin"
                                ),
                            ],
                            [
                                "Thông tin về lịch trình, vị trí của lãnh đạo và cơ quan",
                                (
                                    "Ảnh “đang tháp tùng đồng chí Bí thư đi công tác” kèm địa "
                                    "điểm, giờ giấc"
                                ),
                                "Cho người xấu biết ai ở đâu, khi nào",
                            ],
                        ],
                    },
                ),
                ("heading", "Những tình huống dễ vi phạm mà không để ý"),
                (
                    "rich_text",
                    (
                        "<ul><li><strong>Ảnh “check-in” ở phòng họp.</strong> Phía sau có màn hình "
                        "trình chiếu, tài liệu trên bàn, bảng phân công. Ảnh chụp từ điện thoại có "
                        "độ phân giải đủ để đọc chữ.</li><li><strong>Bình luận, thả cảm "
                        "xúc.</strong> Bình luận đồng tình dưới một bài xuyên tạc, chia sẻ lại một "
                        "bài chưa kiểm chứng chỉ với lời “không biết có đúng không?” vẫn là góp "
                        "phần phát tán.</li><li><strong>Nhóm nhắn tin “nội bộ”.</strong> Nhóm đông "
                        "người, có người ngoài cơ quan, có người đã chuyển công tác; nội dung "
                        "trong nhóm rất dễ bị chụp và chuyển ra ngoài.</li><li><strong>Tài khoản "
                        "cá nhân ghi chức vụ.</strong> Ghi rõ nơi công tác, chức vụ khiến mọi phát "
                        "ngôn của tài khoản đó dễ bị hiểu là ý kiến của cơ quan.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Câu hỏi trước khi đăng",
                        "text": (
                            "<p>Trước khi đăng hay chia sẻ, tự hỏi: nội dung này đã được công bố "
                            "chính thức chưa? Nếu cơ quan mình đọc được bài này, có ai phải giải "
                            "trình không? Nếu bài này bị hiểu sai, mình có sẵn sàng chịu trách "
                            "nhiệm không? Chỉ cần một câu trả lời khiến bạn ngần ngại, đừng "
                            "đăng.</p>"
                        ),
                    },
                ),
                ("heading", "Khi gặp thông tin xấu, độc"),
                (
                    "rich_text",
                    (
                        "<p>Gặp bài viết xuyên tạc về chủ trương của Đảng hay bịa đặt về cán bộ, "
                        "phản xạ tự nhiên là tranh luận. Tuy nhiên tranh luận cá nhân dưới bài "
                        "viết thường làm bài viết được lan tỏa thêm. Cách làm phù hợp: không bình "
                        "luận, không chia sẻ (kể cả để phê phán), báo cáo bài viết với nền tảng, "
                        "và báo cho bộ phận có trách nhiệm của cơ quan theo hướng dẫn. Việc đấu "
                        "tranh phản bác được thực hiện có tổ chức, bằng thông tin chính thức.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Dọn dẹp tài khoản mạng xã hội cá nhân",
                        "items": [
                            (
                                "<p>Xem lại thông tin hồ sơ: cân nhắc việc ghi chức vụ, nơi công "
                                "tác; ẩn số điện thoại, ngày sinh khỏi chế độ công khai.</p>"
                            ),
                            (
                                "<p>Rà các ảnh cũ: gỡ ảnh có tài liệu, màn hình, bảng phân công "
                                "của cơ quan phía sau.</p>"
                            ),
                            "<p>Bật xác thực hai yếu tố cho tài khoản mạng xã hội.</p>",
                            (
                                "<p>Rời các nhóm không còn liên quan đến công việc; với nhóm công "
                                "việc, kiểm tra thành viên, đề nghị quản trị nhóm loại người không "
                                "còn nhiệm vụ.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Trang, tài khoản mạng xã hội của cơ quan",
                        "text": (
                            "<p>Nhiều cơ quan có trang thông tin trên mạng xã hội do văn phòng "
                            "quản lý. Quyền quản trị trang chỉ giao cho người được phân công, mỗi "
                            "người dùng tài khoản riêng có bật xác thực hai yếu tố, không dùng "
                            "chung một mật khẩu. Nội dung đăng trên trang phải được duyệt theo quy "
                            "chế như một văn bản công bố. Khi người quản trị chuyển công tác, thu "
                            "hồi quyền ngay trong ngày. Trang của cơ quan bị chiếm quyền là sự cố "
                            "an toàn thông tin cần báo cáo ngay.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Đồng chí Hòa chụp ảnh kỷ niệm tại hội nghị cấp ủy, phía sau là màn "
                            "hình trình chiếu dự thảo nghị quyết. Có nên đăng lên trang cá nhân "
                            "không?"
                        ),
                        "choices": [
                            {
                                "text": "Không đăng; ảnh có dự thảo chưa công bố.",
                                "correct": True,
                                "feedback": (
                                    "Đúng. Kiểm tra hậu cảnh trước khi chụp và đăng ảnh ở nơi làm "
                                    "việc; chỉ chia sẻ ảnh tư liệu đã được công bố chính thức."
                                ),
                            },
                            {
                                "text": (
                                    "Nên đăng, vì đây là hoạt động bình thường của cơ quan và ảnh "
                                    "giúp lan tỏa hình ảnh đẹp của hội nghị."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Dự thảo chưa công bố hiện rõ trong ảnh; đăng lên là làm lộ "
                                    "thông tin nội bộ."
                                ),
                            },
                            {
                                "text": "Đăng được nếu chỉ để chế độ bạn bè xem.",
                                "correct": False,
                                "feedback": (
                                    "Bạn bè vẫn có thể chụp lại, chia sẻ; chế độ riêng tư không "
                                    "biến thông tin nội bộ thành công khai."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Gặp một bài viết bịa đặt về một cán bộ lãnh đạo tỉnh đang lan truyền, "
                            "cách phản ứng nào phù hợp nhất?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Chia sẻ lại kèm bình luận phê phán để mọi người biết đó là "
                                    "tin giả."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Chia sẻ, kể cả để phê phán, làm bài viết lan rộng thêm."
                                ),
                            },
                            {
                                "text": (
                                    "Tranh luận trực tiếp với người đăng để bảo vệ uy tín cán bộ."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Tranh luận cá nhân thường làm bài viết được nhiều người chú ý "
                                    "hơn."
                                ),
                            },
                            {
                                "text": (
                                    "Không bình luận, không chia sẻ; báo cáo bài viết với nền tảng "
                                    "và báo bộ phận có trách nhiệm của cơ quan."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Phản bác được thực hiện có tổ chức, bằng thông tin "
                                    "chính thức."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "lua-dao-gia-danh-va-deepfake",
            "title": "Lừa đảo kiểu mới: giả danh cơ quan chức năng và deepfake",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Kẻ lừa đảo giờ có thể có giọng nói và khuôn mặt của người quen"),
                (
                    "rich_text",
                    (
                        "<p>Khóa “An toàn thông tin cho cán bộ văn phòng” đã giới thiệu thư lừa "
                        "đảo và tin nhắn giả danh lãnh đạo. Những năm gần đây, thủ đoạn tinh vi "
                        "hơn nhiều. Kẻ gian <strong>giả danh cơ quan chức năng</strong> (công an, "
                        "viện kiểm sát, tòa án, cơ quan thuế, bảo hiểm xã hội) để đe dọa, yêu cầu "
                        "cài ứng dụng hoặc chuyển tiền; và dùng công nghệ "
                        "<strong>deepfake</strong>, tức dùng trí tuệ nhân tạo để giả giọng nói, "
                        "giả khuôn mặt trong cuộc gọi video, để đóng vai lãnh đạo, đồng nghiệp hay "
                        "người thân. Luật Trí tuệ nhân tạo 2025 nghiêm cấm sử dụng yếu tố giả mạo "
                        "người thật, sự kiện có thật để lừa dối; nhưng pháp luật không thay được "
                        "sự cảnh giác của mỗi người.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Một số kịch bản lừa đảo thường gặp (ví dụ minh họa)",
                        "header": ["Kịch bản", "Dấu hiệu", "Cách xử lý"],
                        "rows": [
                            [
                                (
                                    "“Công an” gọi báo bạn liên quan đến một vụ án, yêu cầu giữ bí "
                                    "mật, cài ứng dụng hoặc chuyển tiền “để xác minh”"
                                ),
                                (
                                    "Đe dọa, yêu cầu giữ bí mật với cả gia đình; yêu cầu cài ứng "
                                    "dụng qua đường dẫn; yêu cầu chuyển tiền"
                                ),
                                (
                                    "Cơ quan công an làm việc bằng giấy mời, triệu tập theo quy "
                                    "định, không yêu cầu chuyển tiền qua điện thoại; cúp máy, báo "
                                    "công an nơi cư trú"
                                ),
                            ],
                            [
                                "Cuộc gọi video “lãnh đạo” nhờ chuyển tiền gấp",
                                "Cuộc gọi ngắn, hình mờ, lý do “đang họp, mạng yếu”; tài khoản mới",
                                (
                                    "Gọi lại cho người đó bằng số điện thoại đã lưu từ trước; "
                                    "không chuyển tiền"
                                ),
                            ],
                            [
                                "Tin nhắn “cập nhật thông tin đảng viên” kèm đường dẫn",
                                "Đường dẫn lạ, yêu cầu nhập số căn cước, mật khẩu",
                                (
                                    "Công tác đảng viên làm qua chi bộ và hệ thống chính thức; "
                                    "không bấm đường dẫn"
                                ),
                            ],
                            [
                                "Giọng nói “người thân” gọi báo tai nạn, cần tiền viện phí ngay",
                                "Hoảng loạn, thúc ép, không cho thời gian suy nghĩ",
                                (
                                    "Gọi lại trực tiếp người thân hoặc người nhà khác; hỏi một câu "
                                    "chỉ người thật mới biết"
                                ),
                            ],
                        ],
                    },
                ),
                ("heading", "Vì sao cán bộ văn phòng cấp ủy là mục tiêu?"),
                (
                    "rich_text",
                    (
                        "<p>Cán bộ văn phòng cấp ủy có quyền tiếp cận thông tin nội bộ, biết lịch "
                        "làm việc của lãnh đạo, có thể được lãnh đạo nhờ việc gấp. Kẻ gian lợi "
                        "dụng chính những điều đó: giả giọng lãnh đạo nhờ “gửi gấp tài liệu hội "
                        "nghị vào số Zalo này”, giả danh cơ quan cấp trên đề nghị cung cấp danh "
                        "sách cán bộ. Giọng nói, hình ảnh của lãnh đạo lại có nhiều trên báo chí, "
                        "truyền hình, mạng xã hội, là nguyên liệu để làm deepfake. Vì vậy, với mọi "
                        "yêu cầu bất thường về <strong>tiền, tài liệu, thông tin cá nhân hay mật "
                        "khẩu</strong>, dù giọng nói, khuôn mặt rất giống người quen, hãy xác minh "
                        "qua một kênh khác.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Nhìn và nghe không còn đủ để tin",
                        "text": (
                            "<p>Công nghệ deepfake tiến bộ rất nhanh; những dấu hiệu như hình ảnh "
                            "bị giật, khẩu hình lệch tiếng, ánh sáng bất thường có thể giúp phát "
                            "hiện, nhưng không còn đáng tin cậy. Quy tắc an toàn là quy tắc về "
                            "<strong>thủ tục</strong>, không phải về cảm nhận: yêu cầu bất thường "
                            "thì xác minh bằng kênh khác, dù cuộc gọi trông thật đến đâu.</p>"
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Quy trình xác minh một yêu cầu bất thường",
                        "items": [
                            "<p>Không làm theo ngay, dù bị thúc ép. Nói rằng bạn sẽ gọi lại.</p>",
                            (
                                "<p>Gọi lại cho người yêu cầu bằng số điện thoại bạn đã lưu từ "
                                "trước hoặc số trong danh bạ cơ quan, không dùng số trong tin nhắn "
                                "hay cuộc gọi vừa đến.</p>"
                            ),
                            (
                                "<p>Nếu không liên lạc được, hỏi người thứ ba có thể xác nhận (thư "
                                "ký, chánh văn phòng, người nhà khác).</p>"
                            ),
                            (
                                "<p>Với yêu cầu gửi tài liệu, chỉ gửi qua hệ thống chính thức của "
                                "cơ quan, không gửi vào số, tài khoản lạ.</p>"
                            ),
                            (
                                "<p>Báo cho đồng nghiệp và đầu mối an toàn thông tin để cảnh báo "
                                "người khác, vì kẻ gian thường nhắm nhiều người cùng lúc.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Thống nhất “câu hỏi kiểm tra” trong gia đình và trong phòng",
                        "text": (
                            "<p>Một số gia đình, một số tập thể thống nhất trước một câu hỏi hoặc "
                            "một từ mà chỉ người trong cuộc biết, dùng khi có cuộc gọi bất thường "
                            "xin tiền hay nhờ việc gấp. Đây là biện pháp đơn giản, không tốn kém "
                            "và rất hiệu quả với deepfake.</p>"
                        ),
                    },
                ),
                ("heading", "Giảm “nguyên liệu” cho kẻ gian"),
                (
                    "rich_text",
                    (
                        "<p>Kẻ gian cần dữ liệu để lừa: số điện thoại, tên người thân, lịch trình, "
                        "giọng nói, hình ảnh. Bảo vệ dữ liệu cá nhân của chính mình và của đồng "
                        "nghiệp là cách phòng ngừa từ gốc: hạn chế công khai số điện thoại, ngày "
                        "sinh, tên con cái trên mạng xã hội; không đăng lịch trình đi công tác; "
                        "không công khai danh sách cán bộ kèm số điện thoại trên các nhóm rộng. "
                        "Mỗi thông tin bớt công khai là một kịch bản lừa đảo khó thực hiện hơn.</p>"
                    ),
                ),
                (
                    "check",
                    {
                        "question": (
                            "Chiều thứ Sáu, bạn nhận cuộc gọi video từ tài khoản Zalo có ảnh và "
                            "tên đồng chí Phó Chánh Văn phòng. Hình hơi mờ, người gọi nói đang "
                            "họp, nhờ bạn gửi ngay bộ tài liệu hội nghị vào số Zalo khác. Bạn làm "
                            "gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Gửi ngay, vì đã thấy mặt, nghe đúng giọng đồng chí Phó Chánh "
                                    "Văn phòng và tài khoản có ảnh đại diện quen thuộc."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Hình ảnh và giọng nói có thể bị giả bằng deepfake; yêu cầu "
                                    "gửi tài liệu vào số lạ là dấu hiệu bất thường."
                                ),
                            },
                            {
                                "text": (
                                    "Không gửi; gọi lại bằng số đã lưu từ trước để xác minh, báo "
                                    "đầu mối an toàn thông tin."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Yêu cầu bất thường thì xác minh bằng kênh khác, dù cuộc "
                                    "gọi trông thật."
                                ),
                            },
                            {
                                "text": "Gửi một phần tài liệu để thử xem có đúng không.",
                                "correct": False,
                                "feedback": "Gửi một phần vẫn là làm lộ tài liệu nội bộ.",
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Một người xưng là cán bộ công an gọi điện, nói bạn liên quan đến một "
                            "vụ án, yêu cầu giữ bí mật và cài một ứng dụng qua đường dẫn để “xác "
                            "minh”. Dấu hiệu nào cho thấy đây là lừa đảo? (Chọn phương án đầy đủ "
                            "nhất)"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Đe dọa, yêu cầu giữ bí mật với mọi người và yêu cầu cài ứng "
                                    "dụng qua đường dẫn; cơ quan công an không làm việc theo cách "
                                    "đó."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Đây là các dấu hiệu điển hình của lừa đảo giả danh cơ "
                                    "quan chức năng."
                                ),
                            },
                            {
                                "text": "Người gọi nói giọng địa phương khác.",
                                "correct": False,
                                "feedback": "Giọng nói không phải dấu hiệu tin cậy để phân biệt.",
                            },
                            {
                                "text": "Cuộc gọi đến vào giờ hành chính.",
                                "correct": False,
                                "feedback": "Kẻ gian gọi vào bất kỳ giờ nào, kể cả giờ hành chính.",
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "trach-nhiem-ky-luat-va-xu-ly-khi-lo-mat",
            "title": "Trách nhiệm, kỷ luật và xử lý khi để lộ, mất",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Bảo vệ bí mật là trách nhiệm của mọi người"),
                (
                    "rich_text",
                    (
                        "<p>Luật Bảo vệ bí mật nhà nước xác định bảo vệ bí mật nhà nước là trách "
                        "nhiệm của mọi cơ quan, tổ chức, cá nhân. Với người làm việc trong văn "
                        "phòng cấp ủy, trách nhiệm đó cụ thể hơn: nắm quy chế bảo vệ bí mật nhà "
                        "nước của cơ quan; chỉ tiếp cận bí mật nhà nước trong phạm vi nhiệm vụ; "
                        "thực hiện đúng các thao tác soạn thảo, lưu giữ, sao chụp, vận chuyển, "
                        "tiêu hủy; báo cáo ngay khi phát hiện nguy cơ lộ, mất. Người đứng đầu cơ "
                        "quan chịu trách nhiệm tổ chức công tác bảo vệ bí mật nhà nước, ban hành "
                        "quy chế, phân công người phụ trách.</p>"
                    ),
                ),
                ("heading", "Các hình thức xử lý"),
                (
                    "rich_text",
                    (
                        "<p>Người vi phạm quy định về bảo vệ bí mật nhà nước, tùy tính chất, mức "
                        "độ, có thể bị xử lý kỷ luật, xử phạt vi phạm hành chính hoặc truy cứu "
                        "trách nhiệm hình sự; nếu gây thiệt hại thì phải bồi thường theo quy định "
                        "của pháp luật. Bộ luật Hình sự có các tội danh về cố ý làm lộ và vô ý làm "
                        "lộ bí mật nhà nước, làm mất tài liệu bí mật nhà nước. Với đảng viên, "
                        "<strong>Quy định 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ "
                        "chức đảng, đảng viên vi phạm</strong> (được sửa đổi, bổ sung bởi Quy định "
                        "264-QĐ/TW ngày 14/02/2025) có điều khoản riêng về vi phạm quy định bảo vệ "
                        "bí mật của Đảng, Nhà nước. Theo đó, ngay cả việc <em>vô ý</em> làm lộ, "
                        "mất thông tin, tài liệu bí mật của Đảng, Nhà nước hoặc <em>thông tin chưa "
                        "được phép công khai</em>, hay không chấp hành nguyên tắc bảo mật trong "
                        "truyền tin, vận chuyển, giao nhận tài liệu mật, gây hậu quả ít nghiêm "
                        "trọng, đã có thể bị kỷ luật khiển trách; vi phạm nặng hơn có thể bị cảnh "
                        "cáo, cách chức, khai trừ.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Hình thức kỷ luật của Đảng (theo Quy định 69-QĐ/TW)",
                        "header": ["Đối tượng", "Hình thức kỷ luật"],
                        "rows": [
                            ["Tổ chức đảng", "Khiển trách, cảnh cáo, giải tán"],
                            [
                                "Đảng viên chính thức",
                                "Khiển trách, cảnh cáo, cách chức (nếu có chức vụ), khai trừ",
                            ],
                            ["Đảng viên dự bị", "Khiển trách, cảnh cáo"],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Kỷ luật đảng và kỷ luật theo pháp luật song hành",
                        "text": (
                            "<p>Cán bộ, công chức là đảng viên khi vi phạm có thể vừa bị xử lý kỷ "
                            "luật đảng theo quy định của Đảng, vừa bị xử lý kỷ luật hành chính "
                            "theo pháp luật về cán bộ, công chức, hoặc bị xử lý theo pháp luật "
                            "hình sự nếu có dấu hiệu tội phạm. Khóa học không thay thế việc nghiên "
                            "cứu các quy định này; mục đích là để mỗi người thấy rõ hậu quả của "
                            "những thao tác tưởng như nhỏ.</p>"
                        ),
                    },
                ),
                ("heading", "Khi nghi ngờ lộ, mất: báo ngay, đúng người"),
                (
                    "rich_text",
                    (
                        "<p>Sai sót có thể xảy ra với bất kỳ ai: để quên cặp tài liệu trên xe, gửi "
                        "nhầm tệp, phát hiện USB chuyên dùng không còn trong ngăn kéo. Điều quyết "
                        "định hậu quả là phản ứng trong những giờ đầu. Che giấu, tự tìm kiếm mà "
                        "không báo, hoặc báo muộn làm mất cơ hội ngăn chặn, và bản thân việc không "
                        "báo cáo cũng là vi phạm. Ngược lại, báo ngay giúp cơ quan có biện pháp "
                        "kịp thời: thu hồi, thay đổi kế hoạch, đánh giá thiệt hại.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Khi phát hiện tài liệu mật có thể đã bị lộ hoặc bị mất",
                        "items": [
                            (
                                "<p>Báo ngay cho người đứng đầu hoặc cán bộ phụ trách công tác bảo "
                                "vệ bí mật nhà nước của cơ quan, theo quy chế: tài liệu gì, độ "
                                "mật, phát hiện lúc nào, trong hoàn cảnh nào.</p>"
                            ),
                            (
                                "<p>Giữ nguyên hiện trường nếu có thể (ngăn kéo, máy tính, thiết "
                                "bị liên quan); không tự ý xóa, dọn.</p>"
                            ),
                            (
                                "<p>Ghi lại những gì mình biết: lần cuối thấy tài liệu ở đâu, ai "
                                "đã tiếp cận, đã làm những gì.</p>"
                            ),
                            (
                                "<p>Phối hợp với cơ quan trong việc xác minh, khắc phục; không tự "
                                "liên hệ ra bên ngoài, không đăng lên nhóm nhắn tin.</p>"
                            ),
                        ],
                    },
                ),
                ("heading", "Sau sự cố: rút kinh nghiệm để không lặp lại"),
                (
                    "rich_text",
                    (
                        "<p>Khi sự việc đã được xử lý, cơ quan nên tổ chức rút kinh nghiệm: sự cố "
                        "xảy ra ở khâu nào, vì sao quy trình không ngăn được, cần sửa gì trong quy "
                        "chế, trong cách bố trí thiết bị, trong tập huấn. Mục tiêu của buổi rút "
                        "kinh nghiệm là sửa hệ thống, không chỉ tìm người có lỗi. Một cơ quan mà "
                        "cán bộ dám báo cáo sai sót của mình là cơ quan phát hiện rủi ro sớm "
                        "nhất.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Tự kiểm tra cuối ngày: năm câu hỏi",
                        "text": (
                            "<p>Trước khi rời phòng: tài liệu mật đã cất vào tủ, két có khóa chưa? "
                            "Máy chuyên dùng đã tắt, thiết bị lưu trữ chuyên dùng đã cất chưa? Có "
                            "bản in hỏng nào còn trong khay máy in, sọt rác không? Sổ sao chụp, sổ "
                            "giao nhận đã ghi đủ chưa? Có việc gì trong ngày cần báo cáo mà chưa "
                            "báo không?</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Đồng chí Tâm phát hiện để quên một bì tài liệu độ “Mật” trên taxi sau "
                            "cuộc họp. Việc nào cần làm ngay?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Tự gọi hãng taxi tìm lại trước, nếu tìm được tài liệu còn "
                                    "nguyên niêm phong thì không cần báo cáo ai để tránh phiền "
                                    "phức."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Không báo cáo làm mất cơ hội ngăn chặn, và bản thân việc "
                                    "không báo cũng là vi phạm."
                                ),
                            },
                            {
                                "text": (
                                    "Báo ngay người đứng đầu hoặc cán bộ phụ trách bảo vệ bí mật "
                                    "nhà nước, phối hợp tìm lại."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Báo ngay, đúng người, nêu rõ tài liệu, thời điểm, hoàn "
                                    "cảnh, giúp cơ quan có biện pháp kịp thời."
                                ),
                            },
                            {
                                "text": "Đăng lên nhóm Zalo của cơ quan để mọi người cùng tìm.",
                                "correct": False,
                                "feedback": (
                                    "Đăng lên nhóm rộng có thể làm lộ thêm thông tin về tài liệu."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Theo Quy định 69-QĐ/TW, đảng viên vô ý làm lộ thông tin chưa được "
                            "phép công khai, gây hậu quả ít nghiêm trọng, có thể bị xử lý thế nào?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Không bị xử lý, vì thông tin đó không phải bí mật nhà nước."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Quy định 69-QĐ/TW áp dụng cả với thông tin chưa được phép "
                                    "công khai."
                                ),
                            },
                            {
                                "text": "Chỉ bị nhắc nhở, vì lỗi vô ý không bị kỷ luật.",
                                "correct": False,
                                "feedback": "Lỗi vô ý vẫn có thể bị kỷ luật khi gây hậu quả.",
                            },
                            {
                                "text": (
                                    "Có thể bị kỷ luật khiển trách; vi phạm nặng hơn có thể bị "
                                    "cảnh cáo, cách chức, khai trừ."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Ngay cả vô ý làm lộ, gây hậu quả ít nghiêm trọng, đã có "
                                    "thể bị khiển trách."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}
